-- The case file (issue #4): allegations, subjects, victims, status history, assignments,
-- attachments. Identities live in their own tables (subject_identity, victim_identity) so
-- they can be encrypted, erased and hidden from whole roles without touching the case.

CREATE TABLE allegation (
  id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version                  BIGINT        NOT NULL DEFAULT 0,
  reference                VARCHAR(40)   NOT NULL,
  mission_code             VARCHAR(16)   NOT NULL,
  ref_year                 INT           NOT NULL,
  ref_number               INT           NOT NULL,
  received_on              DATE          NOT NULL,
  incident_date            DATE          NULL,
  kind                     VARCHAR(20)   NOT NULL,
  sea_type                 VARCHAR(30)   NULL,
  sea_subtype              VARCHAR(40)   NULL,
  seriousness              VARCHAR(20)   NOT NULL,
  thematic_area            VARCHAR(40)   NULL,
  source                   VARCHAR(30)   NOT NULL,
  summary                  TEXT          NOT NULL,
  location                 VARCHAR(500)  NULL,
  status                   VARCHAR(40)   NOT NULL,
  referred_to_member_state BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at               DATETIME(6)   NOT NULL,
  created_by               VARCHAR(64)   NOT NULL,
  modified_at              DATETIME(6)   NOT NULL,
  modified_by              VARCHAR(64)   NOT NULL,
  CONSTRAINT uq_allegation_reference UNIQUE (reference),
  CONSTRAINT uq_allegation_number UNIQUE (mission_code, ref_year, ref_number),
  CONSTRAINT fk_allegation_mission FOREIGN KEY (mission_code) REFERENCES mission (code),
  CONSTRAINT ck_allegation_kind CHECK (kind IN ('SEA', 'OTHER_MISCONDUCT')),
  CONSTRAINT ck_allegation_status CHECK (status IN ('PRELIMINARY_ASSESSMENT', 'UNDER_REVIEW_LIMITED_INFORMATION',
    'UNDER_INVESTIGATION', 'SUBSTANTIATED', 'NOT_SUBSTANTIATED', 'CLOSED_OTHER')),
  CONSTRAINT ck_allegation_dates CHECK (incident_date IS NULL OR incident_date <= received_on),
  INDEX ix_allegation_mission_received (mission_code, received_on),
  INDEX ix_allegation_received (received_on),
  INDEX ix_allegation_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Gap-free numbering per mission and year: the row is locked by the intake transaction and
-- rolls back with it, so a failed intake never burns a number.
CREATE TABLE allegation_number (
  mission_code VARCHAR(16) NOT NULL,
  ref_year     INT         NOT NULL,
  last_number  INT         NOT NULL,
  PRIMARY KEY (mission_code, ref_year),
  CONSTRAINT fk_allegation_number_mission FOREIGN KEY (mission_code) REFERENCES mission (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE subject (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  allegation_id      BIGINT       NOT NULL,
  position           INT          NULL,
  personnel_category VARCHAR(40)  NOT NULL,
  nationality        CHAR(3)      NULL,
  sex                VARCHAR(10)  NOT NULL,
  rank_grade         VARCHAR(100) NULL,
  unit               VARCHAR(200) NULL,
  CONSTRAINT fk_subject_allegation FOREIGN KEY (allegation_id) REFERENCES allegation (id) ON DELETE CASCADE,
  CONSTRAINT fk_subject_category FOREIGN KEY (personnel_category) REFERENCES personnel_category (code),
  CONSTRAINT fk_subject_nationality FOREIGN KEY (nationality) REFERENCES country (code),
  INDEX ix_subject_allegation (allegation_id),
  INDEX ix_subject_nationality (nationality, personnel_category)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE subject_identity (
  subject_id     BIGINT       NOT NULL PRIMARY KEY,
  name           VARCHAR(200) NULL,
  service_number VARCHAR(100) NULL,
  CONSTRAINT fk_subject_identity FOREIGN KEY (subject_id) REFERENCES subject (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE victim (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  allegation_id BIGINT      NOT NULL,
  position      INT         NULL,
  sex           VARCHAR(10) NOT NULL,
  age_group     VARCHAR(10) NOT NULL,
  CONSTRAINT fk_victim_allegation FOREIGN KEY (allegation_id) REFERENCES allegation (id) ON DELETE CASCADE,
  INDEX ix_victim_allegation (allegation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE victim_identity (
  victim_id     BIGINT       NOT NULL PRIMARY KEY,
  name          VARCHAR(200) NULL,
  date_of_birth DATE         NULL,
  contact       VARCHAR(500) NULL,
  CONSTRAINT fk_victim_identity FOREIGN KEY (victim_id) REFERENCES victim (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every transition with its date: the source of truth for "status as at a date".
CREATE TABLE status_change (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  allegation_id BIGINT        NOT NULL,
  changed_at    DATETIME(6)   NOT NULL,
  changed_by    VARCHAR(64)   NOT NULL,
  from_status   VARCHAR(40)   NULL,
  to_status     VARCHAR(40)   NOT NULL,
  reason        VARCHAR(2000) NULL,
  CONSTRAINT fk_status_change_allegation FOREIGN KEY (allegation_id) REFERENCES allegation (id) ON DELETE CASCADE,
  INDEX ix_status_change_allegation (allegation_id, changed_at),
  INDEX ix_status_change_at (changed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE case_assignment (
  id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  allegation_id    BIGINT      NOT NULL,
  username         VARCHAR(64) NOT NULL,
  role             VARCHAR(32) NOT NULL,
  investigation_id BIGINT      NULL,
  assigned_at      DATETIME(6) NOT NULL,
  assigned_by      VARCHAR(64) NOT NULL,
  CONSTRAINT uq_case_assignment UNIQUE (allegation_id, username),
  CONSTRAINT fk_case_assignment_allegation FOREIGN KEY (allegation_id) REFERENCES allegation (id) ON DELETE CASCADE,
  CONSTRAINT ck_case_assignment_role CHECK (role IN ('CONDUCT_OFFICER', 'INVESTIGATOR')),
  INDEX ix_case_assignment_user (username, role)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE attachment (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  allegation_id BIGINT       NOT NULL,
  kind          VARCHAR(20)  NOT NULL,
  file_name     VARCHAR(255) NOT NULL,
  media_type    VARCHAR(100) NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  content       LONGBLOB     NOT NULL,
  uploaded_at   DATETIME(6)  NOT NULL,
  uploaded_by   VARCHAR(64)  NOT NULL,
  CONSTRAINT fk_attachment_allegation FOREIGN KEY (allegation_id) REFERENCES allegation (id) ON DELETE CASCADE,
  CONSTRAINT ck_attachment_kind CHECK (kind IN ('EVIDENCE', 'CORRESPONDENCE')),
  INDEX ix_attachment_allegation (allegation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
