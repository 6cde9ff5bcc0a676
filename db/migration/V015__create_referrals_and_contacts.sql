-- Victim support (#13), second part: the Trust Fund's projects (a provider list the
-- administrator maintains), assistance referrals per victim with the victim's consent, and
-- the dated log of contacts with a victim. Like the claims, each row copies its case's
-- reference and mission (both fixed for a case's life) so that it is scoped on its own
-- columns, and has no foreign key to the victim row (a correction of the case may drop it).

CREATE TABLE trust_fund_project (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version      BIGINT       NOT NULL DEFAULT 0,
  code         VARCHAR(40)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  country      CHAR(3)      NULL,
  active       BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at   DATETIME(6)  NOT NULL,
  created_by   VARCHAR(64)  NOT NULL,
  modified_at  DATETIME(6)  NOT NULL,
  modified_by  VARCHAR(64)  NOT NULL,
  CONSTRAINT uq_trust_fund_project_code UNIQUE (code),
  CONSTRAINT fk_trust_fund_project_country FOREIGN KEY (country) REFERENCES country (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assistance_referral (
  id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version                BIGINT        NOT NULL DEFAULT 0,
  allegation_id          BIGINT        NOT NULL,
  case_reference         VARCHAR(40)   NOT NULL,
  mission_code           VARCHAR(16)   NOT NULL,
  victim_id              BIGINT        NOT NULL,
  type                   VARCHAR(20)   NOT NULL,
  provider               VARCHAR(200)  NOT NULL,
  trust_fund_project_id  BIGINT        NULL,
  referred_on            DATE          NOT NULL,
  consent_on             DATE          NOT NULL,
  status                 VARCHAR(20)   NOT NULL,
  started_on             DATE          NULL,
  closed_on              DATE          NULL,
  notes                  VARCHAR(2000) NULL,
  created_at             DATETIME(6)   NOT NULL,
  created_by             VARCHAR(64)   NOT NULL,
  modified_at            DATETIME(6)   NOT NULL,
  modified_by            VARCHAR(64)   NOT NULL,
  CONSTRAINT fk_assistance_referral_allegation FOREIGN KEY (allegation_id) REFERENCES allegation (id),
  CONSTRAINT fk_assistance_referral_project FOREIGN KEY (trust_fund_project_id) REFERENCES trust_fund_project (id),
  CONSTRAINT ck_assistance_referral_type CHECK (type IN ('TRUST_FUND', 'MEDICAL', 'PSYCHOSOCIAL', 'LEGAL', 'LIVELIHOOD',
    'EDUCATION', 'MATERIAL')),
  CONSTRAINT ck_assistance_referral_status CHECK (status IN ('REFERRED', 'IN_PROGRESS', 'COMPLETED', 'DECLINED_BY_VICTIM',
    'CLOSED')),
  CONSTRAINT ck_assistance_referral_consent CHECK (consent_on <= referred_on),
  INDEX ix_assistance_referral_victim (allegation_id, victim_id),
  INDEX ix_assistance_referral_mission (mission_code, status, type),
  INDEX ix_assistance_referral_status (status, type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE victim_contact (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  allegation_id   BIGINT        NOT NULL,
  case_reference  VARCHAR(40)   NOT NULL,
  mission_code    VARCHAR(16)   NOT NULL,
  victim_id       BIGINT        NOT NULL,
  contacted_on    DATE          NOT NULL,
  topic           VARCHAR(20)   NOT NULL,
  note            VARCHAR(1000) NULL,
  recorded_at     DATETIME(6)   NOT NULL,
  recorded_by     VARCHAR(64)   NOT NULL,
  CONSTRAINT fk_victim_contact_allegation FOREIGN KEY (allegation_id) REFERENCES allegation (id),
  CONSTRAINT ck_victim_contact_topic CHECK (topic IN ('CASE_STATUS', 'ASSISTANCE', 'PATERNITY_CLAIM', 'OTHER')),
  INDEX ix_victim_contact_victim (allegation_id, victim_id, contacted_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
