-- Issue #15: intake of one mission ran at 20-80 cases/s because every intake held three rows of
-- its mission or state locked from its first statement to its commit, so intakes queued behind
-- each other's whole transaction (a JFR profile: 96 % of the time waiting on the database was
-- the reference counter's row lock):
--   allegation_number       (mission, year): the gap-free counter, locked at the start;
--   allegation_count        (mission, status, kind): bumped by the insert trigger (V019);
--   allegation_state_count  (state): bumped by the allegation_state insert trigger (V019).
--
-- 1. A new case is inserted without its number and reference, and numbered as the last step of
--    its intake (AllegationRepository.number): the counter row is then locked only for the
--    numbering, the audit entry and the commit. Both columns are NULL only inside the intake's
--    own transaction, which no other transaction sees; a committed case always has both (the
--    intake refuses to commit otherwise, and the unique keys still hold for numbered cases).
ALTER TABLE allegation MODIFY reference VARCHAR(40) NULL, MODIFY ref_number INT NULL;

-- 2. The two counters are striped into 8 slots per key (slot = the case's id MOD 8): concurrent
--    intakes of one mission or state touch different rows, and the totals are SUMs over the
--    slots (they already were: CaseList sums the rows of a scope). A case always falls into the
--    same slot, so a status change or a delete takes its count back from the slot that holds
--    it. Rows counted before this migration are all in slot 0; the decrement therefore writes
--    -1 into a slot that may not exist yet (INSERT ... ON DUPLICATE KEY UPDATE): a slot may go
--    negative, the sum of a key's slots stays exact.
ALTER TABLE allegation_count ADD COLUMN slot TINYINT NOT NULL DEFAULT 0 AFTER kind,
  DROP PRIMARY KEY, ADD PRIMARY KEY (mission_code, status, kind, slot);
ALTER TABLE allegation_state_count ADD COLUMN slot TINYINT NOT NULL DEFAULT 0 AFTER state_code,
  DROP PRIMARY KEY, ADD PRIMARY KEY (state_code, slot);

DROP TRIGGER tr_allegation_count_insert;
DROP TRIGGER tr_allegation_count_update;
DROP TRIGGER tr_allegation_count_delete;
DROP TRIGGER tr_allegation_state_count_insert;
DROP TRIGGER tr_allegation_state_count_update;
DROP TRIGGER tr_allegation_state_count_delete;

CREATE TRIGGER tr_allegation_count_insert AFTER INSERT ON allegation FOR EACH ROW
  INSERT INTO allegation_count (mission_code, status, kind, slot, cases)
  VALUES (NEW.mission_code, NEW.status, NEW.kind, NEW.id MOD 8, 1)
  ON DUPLICATE KEY UPDATE cases = cases + 1;

DELIMITER $$

-- As in V019, the two rows of a status change are touched in key order (the slot is the same
-- for both), so opposite changes cannot deadlock.
CREATE TRIGGER tr_allegation_count_update AFTER UPDATE ON allegation FOR EACH ROW
BEGIN
  IF NEW.mission_code <> OLD.mission_code OR NEW.status <> OLD.status OR NEW.kind <> OLD.kind THEN
    IF (OLD.mission_code, OLD.status, OLD.kind) < (NEW.mission_code, NEW.status, NEW.kind) THEN
      INSERT INTO allegation_count (mission_code, status, kind, slot, cases)
        VALUES (OLD.mission_code, OLD.status, OLD.kind, OLD.id MOD 8, -1)
        ON DUPLICATE KEY UPDATE cases = cases - 1;
      INSERT INTO allegation_count (mission_code, status, kind, slot, cases)
        VALUES (NEW.mission_code, NEW.status, NEW.kind, NEW.id MOD 8, 1)
        ON DUPLICATE KEY UPDATE cases = cases + 1;
    ELSE
      INSERT INTO allegation_count (mission_code, status, kind, slot, cases)
        VALUES (NEW.mission_code, NEW.status, NEW.kind, NEW.id MOD 8, 1)
        ON DUPLICATE KEY UPDATE cases = cases + 1;
      INSERT INTO allegation_count (mission_code, status, kind, slot, cases)
        VALUES (OLD.mission_code, OLD.status, OLD.kind, OLD.id MOD 8, -1)
        ON DUPLICATE KEY UPDATE cases = cases - 1;
    END IF;
  END IF;
END$$

CREATE TRIGGER tr_allegation_count_delete BEFORE DELETE ON allegation FOR EACH ROW
BEGIN
  INSERT INTO allegation_count (mission_code, status, kind, slot, cases)
    VALUES (OLD.mission_code, OLD.status, OLD.kind, OLD.id MOD 8, -1)
    ON DUPLICATE KEY UPDATE cases = cases - 1;
  INSERT INTO allegation_state_count (state_code, slot, cases)
    SELECT st.state_code, OLD.id MOD 8, -1 FROM allegation_state st WHERE st.allegation_id = OLD.id
    ON DUPLICATE KEY UPDATE cases = allegation_state_count.cases - 1;
END$$

CREATE TRIGGER tr_allegation_state_count_insert AFTER INSERT ON allegation_state FOR EACH ROW
  INSERT INTO allegation_state_count (state_code, slot, cases) VALUES (NEW.state_code, NEW.allegation_id MOD 8, 1)
  ON DUPLICATE KEY UPDATE cases = cases + 1$$

CREATE TRIGGER tr_allegation_state_count_update AFTER UPDATE ON allegation_state FOR EACH ROW
BEGIN
  IF NEW.state_code <> OLD.state_code THEN
    INSERT INTO allegation_state_count (state_code, slot, cases) VALUES (OLD.state_code, OLD.allegation_id MOD 8, -1)
      ON DUPLICATE KEY UPDATE cases = cases - 1;
    INSERT INTO allegation_state_count (state_code, slot, cases) VALUES (NEW.state_code, NEW.allegation_id MOD 8, 1)
      ON DUPLICATE KEY UPDATE cases = cases + 1;
  END IF;
END$$

DELIMITER ;

CREATE TRIGGER tr_allegation_state_count_delete AFTER DELETE ON allegation_state FOR EACH ROW
  INSERT INTO allegation_state_count (state_code, slot, cases) VALUES (OLD.state_code, OLD.allegation_id MOD 8, -1)
  ON DUPLICATE KEY UPDATE cases = cases - 1;
