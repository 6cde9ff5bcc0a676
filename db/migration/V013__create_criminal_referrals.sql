-- Referrals for criminal accountability (api.md, domain.md; issue #12): the UN refers a UN
-- official or expert on mission named as a subject to the state of nationality, which reports
-- back what it did. Part of the case's follow-up; counted in the annual statistics.
CREATE TABLE criminal_referral (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version       BIGINT      NOT NULL DEFAULT 0,
  allegation_id BIGINT      NOT NULL,
  subject_id    BIGINT      NOT NULL,
  referred_to   CHAR(3)     NOT NULL,
  referred_on   DATE        NOT NULL,
  outcome       VARCHAR(20) NOT NULL DEFAULT 'PENDING',
  outcome_on    DATE        NULL,
  created_at    DATETIME(6) NOT NULL,
  created_by    VARCHAR(64) NOT NULL,
  modified_at   DATETIME(6) NOT NULL,
  modified_by   VARCHAR(64) NOT NULL,
  CONSTRAINT fk_criminal_referral_allegation FOREIGN KEY (allegation_id) REFERENCES allegation (id),
  CONSTRAINT fk_criminal_referral_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
  CONSTRAINT fk_criminal_referral_state FOREIGN KEY (referred_to) REFERENCES country (code),
  CONSTRAINT ck_criminal_referral_outcome CHECK (outcome IN ('PENDING', 'PROSECUTED', 'CONVICTED', 'ACQUITTED',
    'NO_ACTION', 'UNKNOWN')),
  CONSTRAINT ck_criminal_referral_dates CHECK (outcome_on IS NULL OR outcome_on >= referred_on),
  CONSTRAINT uq_criminal_referral UNIQUE (subject_id, referred_to),
  INDEX ix_criminal_referral_allegation (allegation_id),
  INDEX ix_criminal_referral_state (referred_to, referred_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
