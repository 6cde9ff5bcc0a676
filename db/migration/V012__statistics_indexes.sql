-- Statistics (issue #12): the quarterly and annual tables select SEA or other-misconduct reports
-- by date received, optionally for one mission. This index lets MariaDB range-scan one kind and
-- one period (and read the mission from the index) instead of every report of the period; the
-- status as at a date reads status_change through ix_status_change_allegation (allegation_id,
-- changed_at), and the referral test reads notification through ix_notification_allegation.
CREATE INDEX ix_allegation_kind_received ON allegation (kind, received_on, mission_code);
