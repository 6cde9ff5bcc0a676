-- Victim support (#13), first part: paternity and child-support claims and their steps.
-- A claim hangs off a case and names one of its victims and one of its subjects (the alleged
-- father). The case reference, mission and the alleged father's state are copied onto the
-- claim when it is opened (none of them can change afterwards: a reference and a mission are
-- fixed, and the state that owes is the one notified), so every claim query is scoped on the
-- claim's own columns. There is no foreign key to victim or subject: a correction of the case
-- may drop one of them, and the claim, which runs for years, must survive it.
-- The child's identity lives in its own table, encrypted like the victim's (FieldCipher), and
-- is erased with the victim's identity; the de-identified claim stays for statistics.

CREATE TABLE paternity_claim (
  id                          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version                     BIGINT       NOT NULL DEFAULT 0,
  allegation_id               BIGINT       NOT NULL,
  case_reference              VARCHAR(40)  NOT NULL,
  mission_code                VARCHAR(16)  NOT NULL,
  victim_id                   BIGINT       NOT NULL,
  subject_id                  BIGINT       NOT NULL,
  member_state                CHAR(3)      NOT NULL,
  received_on                 DATE         NOT NULL,
  notification_due_on         DATE         NOT NULL,
  claimant                    VARCHAR(10)  NOT NULL,
  child_sex                   VARCHAR(10)  NOT NULL,
  status                      VARCHAR(30)  NOT NULL,
  status_before_pause         VARCHAR(30)  NULL,
  member_state_notified_on    DATE         NULL,
  focal_point                 VARCHAR(200) NULL,
  dna_sample_collected_by     VARCHAR(16)  NULL,
  paternity_outcome           VARCHAR(30)  NULL,
  closed_on                   DATE         NULL,
  created_at                  DATETIME(6)  NOT NULL,
  created_by                  VARCHAR(64)  NOT NULL,
  modified_at                 DATETIME(6)  NOT NULL,
  modified_by                 VARCHAR(64)  NOT NULL,
  CONSTRAINT fk_paternity_claim_allegation FOREIGN KEY (allegation_id) REFERENCES allegation (id),
  CONSTRAINT fk_paternity_claim_state FOREIGN KEY (member_state) REFERENCES country (code),
  CONSTRAINT ck_paternity_claim_claimant CHECK (claimant IN ('VICTIM', 'GUARDIAN')),
  CONSTRAINT ck_paternity_claim_child_sex CHECK (child_sex IN ('FEMALE', 'MALE', 'UNKNOWN')),
  CONSTRAINT ck_paternity_claim_status CHECK (status IN ('RECEIVED', 'MEMBER_STATE_NOTIFIED', 'DNA_TESTING',
    'PATERNITY_ESTABLISHED', 'PATERNITY_NOT_ESTABLISHED', 'CHILD_SUPPORT_ARRANGED', 'PAUSED', 'CLOSED')),
  CONSTRAINT ck_paternity_claim_by CHECK (dna_sample_collected_by IS NULL OR dna_sample_collected_by IN ('UN', 'MEMBER_STATE')),
  CONSTRAINT ck_paternity_claim_outcome CHECK (paternity_outcome IS NULL
    OR paternity_outcome IN ('ESTABLISHED_BY_DNA', 'ESTABLISHED_BY_ADMISSION', 'NOT_ESTABLISHED')),
  INDEX ix_paternity_claim_allegation (allegation_id),
  INDEX ix_paternity_claim_victim (victim_id),
  INDEX ix_paternity_claim_state (member_state, status),
  INDEX ix_paternity_claim_mission (mission_code, status),
  INDEX ix_paternity_claim_due (status, notification_due_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE paternity_claim_child (
  claim_id      BIGINT        NOT NULL PRIMARY KEY,
  name          VARCHAR(1500) NULL,
  date_of_birth VARCHAR(200)  NULL,
  CONSTRAINT fk_paternity_claim_child FOREIGN KEY (claim_id) REFERENCES paternity_claim (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE paternity_claim_step (
  id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  claim_id    BIGINT         NOT NULL,
  step        VARCHAR(30)    NOT NULL,
  on_date     DATE           NOT NULL,
  by_party    VARCHAR(16)    NULL,
  result      VARCHAR(500)   NULL,
  amount      DECIMAL(14, 2) NULL,
  currency    CHAR(3)        NULL,
  recorded_at DATETIME(6)    NOT NULL,
  recorded_by VARCHAR(64)    NOT NULL,
  CONSTRAINT fk_paternity_claim_step_claim FOREIGN KEY (claim_id) REFERENCES paternity_claim (id) ON DELETE CASCADE,
  CONSTRAINT ck_paternity_claim_step_by CHECK (by_party IS NULL OR by_party IN ('UN', 'MEMBER_STATE')),
  CONSTRAINT ck_paternity_claim_step_amount CHECK (amount IS NULL OR (amount > 0 AND currency IS NOT NULL)),
  INDEX ix_paternity_claim_step_claim (claim_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
