-- The audit trail (issue #5): append-only and hash-chained.
-- Each entry's hash covers its content and the previous entry's hash; audit_head holds the
-- chain's last hash and is locked by every append, so appends are serialised and the chain
-- has no forks. Triggers refuse UPDATE and DELETE of entries to every account, the
-- application's included; a change made behind the triggers' back breaks the chain, which
-- the verification reports with the first bad entry.

CREATE TABLE audit_entry (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at             DATETIME(6)   NOT NULL,
  username       VARCHAR(64)   NULL,
  action         VARCHAR(40)   NOT NULL,
  reference      VARCHAR(80)   NULL,
  outcome        VARCHAR(10)   NOT NULL,
  detail         VARCHAR(1000) NULL,
  client_address VARCHAR(64)   NULL,
  prev_hash      CHAR(64)      NOT NULL,
  hash           CHAR(64)      NOT NULL,
  CONSTRAINT ck_audit_outcome CHECK (outcome IN ('ALLOWED', 'DENIED')),
  INDEX ix_audit_at (at),
  INDEX ix_audit_user_at (username, at),
  INDEX ix_audit_reference_at (reference, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_head (
  id        INT      NOT NULL PRIMARY KEY,
  last_id   BIGINT   NOT NULL,
  last_hash CHAR(64) NOT NULL,
  CONSTRAINT ck_audit_head_single CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, REPEAT('0', 64));

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only';
