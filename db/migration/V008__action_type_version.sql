-- Optimistic locking for the administrator's edits of action types: a change sends the
-- version it was based on and gets 409 when someone else changed the type meanwhile.
ALTER TABLE action_type ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
