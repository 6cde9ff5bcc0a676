-- Identities are stored encrypted (AES-256-GCM, "enc:v1:<key id>:..."; see FieldCipher): the
-- columns become wide enough for the ciphertext, and the date of birth becomes text. Values
-- written before this version stay readable as plaintext until the key rotation
-- (POST /api/v1/admin/crypto/rotation) encrypts them.
ALTER TABLE subject_identity
  MODIFY name VARCHAR(1500) NULL,
  MODIFY service_number VARCHAR(1000) NULL;

ALTER TABLE victim_identity
  MODIFY name VARCHAR(1500) NULL,
  MODIFY date_of_birth VARCHAR(200) NULL,
  MODIFY contact VARCHAR(2500) NULL;
