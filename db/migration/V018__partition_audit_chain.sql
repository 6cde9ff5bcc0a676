-- The audit chain in 16 partitions (ADR 0011, issue #15 item 4). Until now every append locked
-- the one audit_head row until its transaction committed, so every audited read of the whole
-- system waited for the one before it (65-90 reads per second at most). Now audit_head holds
-- one row per partition; an append locks only its partition's row, and an entry records its
-- partition in `chain`. Each partition is a hash chain of its own, verified like the old one:
-- an entry changed, removed or moved is found. The existing entries form partition 1, whose
-- head row (id 1) already holds their chain's last hash; the hash format is unchanged.

ALTER TABLE audit_head DROP CONSTRAINT ck_audit_head_single;
ALTER TABLE audit_head ADD CONSTRAINT ck_audit_head_partition CHECK (id BETWEEN 1 AND 16);

INSERT INTO audit_head (id, last_id, last_hash) VALUES
  (2, 0, REPEAT('0', 64)), (3, 0, REPEAT('0', 64)), (4, 0, REPEAT('0', 64)), (5, 0, REPEAT('0', 64)),
  (6, 0, REPEAT('0', 64)), (7, 0, REPEAT('0', 64)), (8, 0, REPEAT('0', 64)), (9, 0, REPEAT('0', 64)),
  (10, 0, REPEAT('0', 64)), (11, 0, REPEAT('0', 64)), (12, 0, REPEAT('0', 64)), (13, 0, REPEAT('0', 64)),
  (14, 0, REPEAT('0', 64)), (15, 0, REPEAT('0', 64)), (16, 0, REPEAT('0', 64));

ALTER TABLE audit_entry
  ADD COLUMN chain SMALLINT NOT NULL DEFAULT 1 AFTER id,
  ADD INDEX ix_audit_chain_id (chain, id);

ALTER TABLE audit_entry ALTER COLUMN chain DROP DEFAULT;
