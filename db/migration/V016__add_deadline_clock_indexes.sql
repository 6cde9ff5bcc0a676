-- Issue #15: indexes the deadline clocks walk in the order of their ORDER BY, so that each finds
-- its 50 most urgent items first and stops (docs/performance.md "Deadline clocks").
--
-- The state's answer to a note verbale, for conduct staff (every state): unanswered notes by due
-- date. (ix_notification_state (member_state, answer, response_due_on) serves one state's liaison.)
CREATE INDEX ix_notification_unanswered ON notification (answer, response_due_on);

-- The state's report of action and the UN's notification dedupe their (case, state) pairs with
-- "no earlier note / subject of that state on the case": probed per candidate row.
CREATE INDEX ix_notification_allegation_state ON notification (allegation_id, member_state);
CREATE INDEX ix_subject_allegation_nationality ON subject (allegation_id, nationality, personnel_category);

-- Victim support's paternity-claim clock: claims not yet notified, by due date.
CREATE INDEX ix_paternity_claim_unnotified ON paternity_claim (member_state_notified_on, notification_due_on);
