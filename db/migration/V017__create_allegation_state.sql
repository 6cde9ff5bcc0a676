-- Issue #15: the member-state liaison's scope as one indexed semi-join (ADR 0010). A row says
-- "this case concerns this state": it names a uniformed subject of that nationality, or a note
-- verbale has been sent to that state. The application keeps it exact in the transaction that
-- changes the case's subjects or sends a notification (AllegationRepository.refreshMemberStates);
-- rows go with their case (ON DELETE CASCADE). The primary key leads with the state, so a
-- liaison's cases are one range of it; received_on (a copy of the case's, kept by the same
-- method) lets a liaison's clocks walk its own cases oldest first.
CREATE TABLE allegation_state (
  state_code    CHAR(3) NOT NULL,
  allegation_id BIGINT  NOT NULL,
  received_on   DATE    NOT NULL,
  PRIMARY KEY (state_code, allegation_id),
  INDEX ix_allegation_state_received (state_code, received_on, allegation_id),
  CONSTRAINT fk_allegation_state_allegation FOREIGN KEY (allegation_id) REFERENCES allegation (id) ON DELETE CASCADE,
  CONSTRAINT fk_allegation_state_country FOREIGN KEY (state_code) REFERENCES country (code),
  INDEX ix_allegation_state_allegation (allegation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Backfill from the cases as they are (uniformed = PersonnelCategory.isUniformed()).
INSERT INTO allegation_state (state_code, allegation_id, received_on)
SELECT x.state_code, x.allegation_id, a.received_on
FROM (SELECT s.nationality AS state_code, s.allegation_id FROM subject s
      WHERE s.nationality IS NOT NULL
        AND s.personnel_category IN ('MILITARY_CONTINGENT', 'MILITARY_OBSERVER', 'STAFF_OFFICER', 'UN_POLICE', 'FORMED_POLICE_UNIT')
      UNION
      SELECT n.member_state, n.allegation_id FROM notification n) x
JOIN allegation a ON a.id = x.allegation_id;
