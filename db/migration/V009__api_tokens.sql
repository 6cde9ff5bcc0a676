-- Bearer tokens for the API (api.md "Authentication"): only a SHA-256 hash of each token is kept.
-- A token ends at its expiry, on sign-out (revoked_at), and as soon as the account's password,
-- roles or enabled state differ from what they were when it was issued (credential_fingerprint).
CREATE TABLE api_token (
  id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash             CHAR(64)     NOT NULL,
  user_id                BIGINT       NOT NULL,
  issued_at              DATETIME(6)  NOT NULL,
  expires_at             DATETIME(6)  NOT NULL,
  revoked_at             DATETIME(6)  NULL,
  credential_fingerprint CHAR(64)     NOT NULL,
  client_address         VARCHAR(64)  NULL,
  CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  INDEX ix_api_token_user (user_id, revoked_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
