-- Follow-up of a case (issue #6, first part): investigations and their findings, notes verbales
-- to member states and their answers, and the actions taken on subjects.

CREATE TABLE investigation (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version       BIGINT      NOT NULL DEFAULT 0,
  allegation_id BIGINT      NOT NULL,
  entity        VARCHAR(40) NOT NULL,
  started_on    DATE        NOT NULL,
  due_on        DATE        NOT NULL,
  completed_on  DATE        NULL,
  finding       VARCHAR(30) NULL,
  created_at    DATETIME(6) NOT NULL,
  created_by    VARCHAR(64) NOT NULL,
  CONSTRAINT fk_investigation_allegation FOREIGN KEY (allegation_id) REFERENCES allegation (id),
  CONSTRAINT ck_investigation_finding CHECK (finding IS NULL OR finding IN ('SUBSTANTIATED', 'NOT_SUBSTANTIATED', 'CLOSED_OTHER')),
  CONSTRAINT ck_investigation_dates CHECK (completed_on IS NULL OR completed_on >= started_on),
  INDEX ix_investigation_allegation (allegation_id),
  INDEX ix_investigation_due (completed_on, due_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE investigation_subject (
  investigation_id BIGINT NOT NULL,
  subject_id       BIGINT NOT NULL,
  PRIMARY KEY (investigation_id, subject_id),
  CONSTRAINT fk_investigation_subject_inv FOREIGN KEY (investigation_id) REFERENCES investigation (id) ON DELETE CASCADE,
  CONSTRAINT fk_investigation_subject_sub FOREIGN KEY (subject_id) REFERENCES subject (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notification (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version          BIGINT       NOT NULL DEFAULT 0,
  allegation_id    BIGINT       NOT NULL,
  member_state     CHAR(3)      NOT NULL,
  sent_on          DATE         NOT NULL,
  requests_nio     BOOLEAN      NOT NULL,
  response_due_on  DATE         NOT NULL,
  answer           VARCHAR(20)  NULL,
  responded_on     DATE         NULL,
  nio_name         VARCHAR(200) NULL,
  created_at       DATETIME(6)  NOT NULL,
  created_by       VARCHAR(64)  NOT NULL,
  CONSTRAINT fk_notification_allegation FOREIGN KEY (allegation_id) REFERENCES allegation (id),
  CONSTRAINT fk_notification_state FOREIGN KEY (member_state) REFERENCES country (code),
  CONSTRAINT ck_notification_answer CHECK (answer IS NULL OR answer IN ('WILL_INVESTIGATE', 'DECLINES', 'NO_ANSWER')),
  INDEX ix_notification_allegation (allegation_id),
  INDEX ix_notification_state (member_state, answer, response_due_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE case_action (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version       BIGINT        NOT NULL DEFAULT 0,
  allegation_id BIGINT        NOT NULL,
  subject_id    BIGINT        NOT NULL,
  stage         VARCHAR(10)   NOT NULL,
  authority     VARCHAR(20)   NOT NULL,
  type          VARCHAR(60)   NOT NULL,
  decided_on    DATE          NOT NULL,
  details       VARCHAR(2000) NULL,
  recorded_at   DATETIME(6)   NOT NULL,
  recorded_by   VARCHAR(64)   NOT NULL,
  CONSTRAINT fk_case_action_allegation FOREIGN KEY (allegation_id) REFERENCES allegation (id),
  CONSTRAINT fk_case_action_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
  CONSTRAINT fk_case_action_type FOREIGN KEY (type) REFERENCES action_type (code),
  CONSTRAINT ck_case_action_stage CHECK (stage IN ('INTERIM', 'FINAL')),
  CONSTRAINT ck_case_action_authority CHECK (authority IN ('UN', 'MEMBER_STATE')),
  INDEX ix_case_action_allegation (allegation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
