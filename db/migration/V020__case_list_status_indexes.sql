-- Issue #15: the case list filtered by status (the everyday "under investigation", "closed"
-- views), HQ's and a mission's, read newest first straight from an index, so that a page costs
-- its 50 index entries (plus the skipped ones of a deep OFFSET) instead of walking every case
-- by date and reading each row to test its status. The new status index starts with status, so
-- it also serves every query ix_allegation_status served.
CREATE INDEX ix_allegation_status_received ON allegation (status, received_on);
CREATE INDEX ix_allegation_mission_status_received ON allegation (mission_code, status, received_on);
DROP INDEX ix_allegation_status ON allegation;
