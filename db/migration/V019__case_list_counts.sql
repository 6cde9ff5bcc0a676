-- Issue #15: the case list's total without a COUNT over the caller's whole scope on every page.
-- Two exact counters, kept in the same transaction as the rows they count by triggers (so every
-- write path, the application's, a migration's or a bulk load's, keeps them true):
--   allegation_count       cases per (mission, status, kind): HQ's and a mission's total, with
--                          any of the list's mission, status and kind filters;
--   allegation_state_count cases per member state in allegation_state: a liaison's total.
-- Any other filter (dates, reference, text) or a mixed scope still counts with COUNT(*).
-- Nothing deletes cases; should a case ever be deleted, the DELETE trigger on allegation keeps
-- allegation_count right, and the cascade to allegation_state (which fires no trigger) is
-- corrected by the delete trigger on allegation too.

CREATE TABLE allegation_count (
  mission_code VARCHAR(16) NOT NULL,
  status       VARCHAR(40) NOT NULL,
  kind         VARCHAR(20) NOT NULL,
  cases        BIGINT      NOT NULL,
  PRIMARY KEY (mission_code, status, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE allegation_state_count (
  state_code CHAR(3) NOT NULL PRIMARY KEY,
  cases      BIGINT  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO allegation_count (mission_code, status, kind, cases)
SELECT mission_code, status, kind, COUNT(*) FROM allegation GROUP BY mission_code, status, kind;

INSERT INTO allegation_state_count (state_code, cases)
SELECT state_code, COUNT(*) FROM allegation_state GROUP BY state_code;

CREATE TRIGGER tr_allegation_count_insert AFTER INSERT ON allegation FOR EACH ROW
  INSERT INTO allegation_count (mission_code, status, kind, cases) VALUES (NEW.mission_code, NEW.status, NEW.kind, 1)
  ON DUPLICATE KEY UPDATE cases = cases + 1;

DELIMITER $$

-- Two status changes of one mission in opposite directions (A to B while B to A) would each lock
-- one counter row and wait for the other's: the rows are therefore always touched in key order.
CREATE TRIGGER tr_allegation_count_update AFTER UPDATE ON allegation FOR EACH ROW
BEGIN
  IF NEW.mission_code <> OLD.mission_code OR NEW.status <> OLD.status OR NEW.kind <> OLD.kind THEN
    IF (OLD.mission_code, OLD.status, OLD.kind) < (NEW.mission_code, NEW.status, NEW.kind) THEN
      UPDATE allegation_count SET cases = cases - 1
        WHERE mission_code = OLD.mission_code AND status = OLD.status AND kind = OLD.kind;
      INSERT INTO allegation_count (mission_code, status, kind, cases) VALUES (NEW.mission_code, NEW.status, NEW.kind, 1)
        ON DUPLICATE KEY UPDATE cases = cases + 1;
    ELSE
      INSERT INTO allegation_count (mission_code, status, kind, cases) VALUES (NEW.mission_code, NEW.status, NEW.kind, 1)
        ON DUPLICATE KEY UPDATE cases = cases + 1;
      UPDATE allegation_count SET cases = cases - 1
        WHERE mission_code = OLD.mission_code AND status = OLD.status AND kind = OLD.kind;
    END IF;
  END IF;
END$$

CREATE TRIGGER tr_allegation_count_delete BEFORE DELETE ON allegation FOR EACH ROW
BEGIN
  UPDATE allegation_count SET cases = cases - 1
    WHERE mission_code = OLD.mission_code AND status = OLD.status AND kind = OLD.kind;
  UPDATE allegation_state_count c JOIN allegation_state st ON st.state_code = c.state_code
    SET c.cases = c.cases - 1 WHERE st.allegation_id = OLD.id;
END$$

CREATE TRIGGER tr_allegation_state_count_insert AFTER INSERT ON allegation_state FOR EACH ROW
  INSERT INTO allegation_state_count (state_code, cases) VALUES (NEW.state_code, 1)
  ON DUPLICATE KEY UPDATE cases = cases + 1$$

CREATE TRIGGER tr_allegation_state_count_update AFTER UPDATE ON allegation_state FOR EACH ROW
BEGIN
  IF NEW.state_code <> OLD.state_code THEN
    UPDATE allegation_state_count SET cases = cases - 1 WHERE state_code = OLD.state_code;
    INSERT INTO allegation_state_count (state_code, cases) VALUES (NEW.state_code, 1)
      ON DUPLICATE KEY UPDATE cases = cases + 1;
  END IF;
END$$

DELIMITER ;

CREATE TRIGGER tr_allegation_state_count_delete AFTER DELETE ON allegation_state FOR EACH ROW
  UPDATE allegation_state_count SET cases = cases - 1 WHERE state_code = OLD.state_code;
