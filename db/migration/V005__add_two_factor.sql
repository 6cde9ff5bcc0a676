-- Two-factor sign-in (TOTP, RFC 6238) for the web: the secret is stored encrypted (FieldCipher),
-- the last accepted time step prevents replaying a code, recovery codes are stored hashed and
-- used once.
ALTER TABLE app_user
  ADD COLUMN totp_secret VARCHAR(500) NULL,
  ADD COLUMN totp_enabled BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN totp_last_step BIGINT NULL;

CREATE TABLE recovery_code (
  id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id   BIGINT      NOT NULL,
  code_hash CHAR(64)    NOT NULL,
  used_at   DATETIME(6) NULL,
  CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  INDEX ix_recovery_code_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
