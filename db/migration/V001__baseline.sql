-- Blue Ledger baseline: reference data tables and accounts.
-- Forward-only: never edit this file once applied; add a new V<nnn>__ migration instead.

CREATE TABLE mission (
  code           VARCHAR(16)  NOT NULL PRIMARY KEY,
  name_en        VARCHAR(200) NOT NULL,
  name_fr        VARCHAR(200) NOT NULL,
  kind           VARCHAR(32)  NOT NULL,
  established_on DATE         NULL,
  closed_on      DATE         NULL,
  CONSTRAINT ck_mission_kind CHECK (kind IN ('PEACEKEEPING_OPERATION', 'SPECIAL_POLITICAL_MISSION')),
  CONSTRAINT ck_mission_dates CHECK (closed_on IS NULL OR established_on IS NULL OR closed_on >= established_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE country (
  code         CHAR(3)      NOT NULL PRIMARY KEY COMMENT 'ISO 3166-1 alpha-3',
  alpha2       CHAR(2)      NOT NULL,
  numeric_code CHAR(3)      NOT NULL,
  name_en      VARCHAR(200) NOT NULL,
  name_fr      VARCHAR(200) NOT NULL,
  CONSTRAINT uq_country_alpha2 UNIQUE (alpha2)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Closed vocabularies of domain.md (categories, types, statuses, ...). The code is the API's
-- enum value; labels are for pages and exports.
CREATE TABLE vocabulary_term (
  vocabulary VARCHAR(40)  NOT NULL,
  code       VARCHAR(60)  NOT NULL,
  name_en    VARCHAR(200) NOT NULL,
  name_fr    VARCHAR(200) NOT NULL,
  sort_order INT          NOT NULL,
  PRIMARY KEY (vocabulary, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Personnel categories with the UN's published short codes and the flags the rules need.
CREATE TABLE personnel_category (
  code       VARCHAR(40)  NOT NULL PRIMARY KEY,
  un_code    VARCHAR(16)  NOT NULL,
  uniformed  BOOLEAN      NOT NULL,
  contingent BOOLEAN      NOT NULL,
  name_en    VARCHAR(200) NOT NULL,
  name_fr    VARCHAR(200) NOT NULL,
  sort_order INT          NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Editable list of interim and final actions (domain.md "Actions").
CREATE TABLE action_type (
  code       VARCHAR(60)  NOT NULL PRIMARY KEY,
  stage      VARCHAR(16)  NOT NULL,
  authority  VARCHAR(16)  NOT NULL,
  name_en    VARCHAR(200) NOT NULL,
  name_fr    VARCHAR(200) NOT NULL,
  active     BOOLEAN      NOT NULL DEFAULT TRUE,
  sort_order INT          NOT NULL,
  CONSTRAINT ck_action_stage CHECK (stage IN ('INTERIM', 'FINAL')),
  CONSTRAINT ck_action_authority CHECK (authority IN ('UN', 'MEMBER_STATE', 'ANY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Deadline rules (domain.md "Deadlines"): all configurable here, not in code.
CREATE TABLE deadline_rule (
  code        VARCHAR(60)  NOT NULL PRIMARY KEY,
  amount      INT          NOT NULL,
  unit        VARCHAR(16)  NOT NULL,
  description VARCHAR(300) NOT NULL,
  CONSTRAINT ck_deadline_unit CHECK (unit IN ('WORKING_DAYS', 'CALENDAR_DAYS', 'MONTHS')),
  CONSTRAINT ck_deadline_amount CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version             BIGINT       NOT NULL DEFAULT 0,
  username            VARCHAR(64)  NOT NULL,
  password_hash       VARCHAR(512) NOT NULL,
  mission_code        VARCHAR(16)  NULL,
  member_state        CHAR(3)      NULL,
  enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_logins       INT          NOT NULL DEFAULT 0,
  locked_until        DATETIME(6)  NULL,
  last_login_at       DATETIME(6)  NULL,
  password_changed_at DATETIME(6)  NOT NULL,
  created_at          DATETIME(6)  NOT NULL,
  created_by          VARCHAR(64)  NULL,
  CONSTRAINT uq_app_user_username UNIQUE (username),
  CONSTRAINT fk_app_user_mission FOREIGN KEY (mission_code) REFERENCES mission (code),
  CONSTRAINT fk_app_user_member_state FOREIGN KEY (member_state) REFERENCES country (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(32) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT ck_app_user_role CHECK (role IN ('CONDUCT_OFFICER', 'CHIEF_OF_CONDUCT', 'INVESTIGATOR', 'HQ_CONDUCT',
    'MEMBER_STATE_LIAISON', 'VICTIMS_RIGHTS', 'STATISTICIAN', 'AUDITOR', 'ADMIN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
