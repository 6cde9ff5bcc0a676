package org.blueledger.statistics;

import org.blueledger.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The hand-built quarter of the statistics tests (2006 Q3), written straight into the test
 * database once per run; the figures it must give are worked out in {@code StatisticsApiIT}.
 */
public final class StatisticsDataset {

    private StatisticsDataset() {
    }

    // ---- the hand-built quarter ------------------------------------------------------------

    public static void seedOnce() throws SQLException {
        try (Connection db = TestDatabase.connection()) {
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM allegation WHERE reference = 'UNMIL-2006-9001'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            long a1 = allegation(db, "UNMIL", 9001, "2006-07-10", "2006-06-20", "SEA", "SEXUAL_EXPLOITATION", "UNDER_INVESTIGATION");
            long a1npl = subject(db, a1, "MILITARY_CONTINGENT", "NPL", "MALE");
            subject(db, a1, "MILITARY_CONTINGENT", "NPL", "MALE");
            subject(db, a1, "MILITARY_CONTINGENT", "PAK", "MALE");
            long a1fra = subject(db, a1, "INTERNATIONAL_STAFF", "FRA", "MALE");
            victim(db, a1, "FEMALE", "ADULT");
            victim(db, a1, "FEMALE", "MINOR");
            status(db, a1, "2006-07-11", null, "PRELIMINARY_ASSESSMENT");
            status(db, a1, "2006-08-01", "PRELIMINARY_ASSESSMENT", "UNDER_INVESTIGATION");
            notification(db, a1, "NPL", "2006-08-05");
            notification(db, a1, "PAK", "2007-01-15");

            long a2 = allegation(db, "UNMIL", 9002, "2006-08-15", null, "SEA", "SEXUAL_ABUSE", "PRELIMINARY_ASSESSMENT");
            long a2bgd = subject(db, a2, "UN_POLICE", "BGD", "FEMALE");
            subject(db, a2, "NATIONAL_STAFF", "LBR", "MALE");
            victim(db, a2, "MALE", "MINOR");
            victim(db, a2, "UNKNOWN", "UNKNOWN");
            victim(db, a2, "MALE", "UNKNOWN");
            status(db, a2, "2006-08-16", null, "PRELIMINARY_ASSESSMENT");
            status(db, a2, "2006-10-01", "PRELIMINARY_ASSESSMENT", "UNDER_REVIEW_LIMITED_INFORMATION");
            status(db, a2, "2007-02-01", "UNDER_REVIEW_LIMITED_INFORMATION", "PRELIMINARY_ASSESSMENT");

            long a3 = allegation(db, "MONUC", 9003, "2006-09-30", "2005-12-01", "SEA", "OTHER", "SUBSTANTIATED");
            subject(db, a3, "CONTRACTOR", null, "UNKNOWN");
            victim(db, a3, "FEMALE", "UNKNOWN");
            status(db, a3, "2006-10-02", null, "PRELIMINARY_ASSESSMENT");
            status(db, a3, "2006-11-01", "PRELIMINARY_ASSESSMENT", "UNDER_INVESTIGATION");
            status(db, a3, "2006-12-15", "UNDER_INVESTIGATION", "SUBSTANTIATED");

            long a4 = allegation(db, "MONUC", 9004, "2006-07-01", "2006-07-01", "SEA", "SEXUAL_EXPLOITATION", "CLOSED_OTHER");
            victim(db, a4, "FEMALE", "ADULT");
            victim(db, a4, "FEMALE", "ADULT");
            status(db, a4, "2006-07-02", null, "PRELIMINARY_ASSESSMENT");
            status(db, a4, "2006-09-15", "PRELIMINARY_ASSESSMENT", "CLOSED_OTHER");

            long a5 = allegation(db, "UNMIS", 9005, "2006-09-01", "2006-08-01", "SEA", null, "NOT_SUBSTANTIATED");
            long a5mo = subject(db, a5, "MILITARY_OBSERVER", "NPL", "MALE");
            long a5so = subject(db, a5, "STAFF_OFFICER", "NPL", "MALE");
            status(db, a5, "2006-09-02", null, "PRELIMINARY_ASSESSMENT");
            status(db, a5, "2006-09-20", "PRELIMINARY_ASSESSMENT", "UNDER_INVESTIGATION");
            status(db, a5, "2006-11-20", "UNDER_INVESTIGATION", "NOT_SUBSTANTIATED");
            notification(db, a5, "NPL", "2006-10-10");
            try (Statement s = db.createStatement()) { // the case moves to another mission
                s.executeUpdate("UPDATE allegation SET mission_code = 'UNMIL' WHERE id = " + a5);
            }

            // the annual views: investigations, actions, referrals for criminal accountability
            investigation(db, a1, "OIOS", "2006-08-01", "2006-10-30", "2006-10-20", "SUBSTANTIATED", a1npl);
            investigation(db, a3, "OIOS", "2006-11-01", "2006-11-30", "2006-12-10", "SUBSTANTIATED");
            investigation(db, a2, "OIOS", "2006-10-01", "2006-12-30", null, null, a2bgd);
            investigation(db, a4, "OIOS", "2006-07-05", "2006-10-03", "2006-09-10", "CLOSED_OTHER");
            investigation(db, a5, "MEMBER_STATE_NIO", "2006-09-20", "2006-12-19", "2006-11-15", "NOT_SUBSTANTIATED", a5mo, a5so);
            action(db, a1, a1npl, "INTERIM", "UN", "REPATRIATION_INTERIM", "2006-08-10");
            action(db, a1, a1fra, "FINAL", "UN", "SEPARATION_OR_DISMISSAL", "2006-11-10");
            action(db, a5, a5mo, "FINAL", "MEMBER_STATE", "IMPRISONMENT", "2006-12-01");
            referral(db, a1, a1fra, "FRA", "2006-09-01", "CONVICTED");
            referral(db, a5, a5so, "NPL", "2006-10-01", "PENDING");
            paternityClaim(db, a1, a1npl, "NPL", "2006-11-01", "MEMBER_STATE_NOTIFIED");
            paternityClaim(db, a1, a1npl, "NPL", "2007-01-10", "RECEIVED"); // received the next year

            long d1 = allegation(db, "UNMIL", 9006, "2006-08-20", "2006-08-01", "OTHER_MISCONDUCT", null, "PRELIMINARY_ASSESSMENT");
            subject(db, d1, "MILITARY_CONTINGENT", "NPL", "MALE");
            victim(db, d1, "FEMALE", "ADULT");
            status(db, d1, "2006-08-21", null, "PRELIMINARY_ASSESSMENT");
            long d2 = allegation(db, "UNMIL", 9007, "2006-06-30", null, "SEA", "SEXUAL_ABUSE", "PRELIMINARY_ASSESSMENT");
            subject(db, d2, "MILITARY_CONTINGENT", "NPL", "MALE");
            status(db, d2, "2006-07-01", null, "PRELIMINARY_ASSESSMENT");
            long d3 = allegation(db, "MONUC", 9008, "2006-10-01", null, "SEA", "SEXUAL_ABUSE", "PRELIMINARY_ASSESSMENT");
            subject(db, d3, "MILITARY_CONTINGENT", "NPL", "MALE");
            status(db, d3, "2006-10-01", null, "PRELIMINARY_ASSESSMENT");
        }
    }

    static long allegation(Connection db, String mission, int number, String received, String incident, String kind,
                           String seaType, String status) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO allegation (reference, mission_code, ref_year, "
                + "ref_number, received_on, incident_date, kind, sea_type, seriousness, thematic_area, source, summary, "
                + "status, created_at, created_by, modified_at, modified_by) VALUES (?, ?, 2006, ?, ?, ?, ?, ?, "
                + "'SERIOUS', ?, 'HOTLINE', 'Statistics test report', ?, NOW(), 'seed', NOW(), 'seed')",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, mission + "-2006-" + number);
            p.setString(2, mission);
            p.setInt(3, number);
            p.setDate(4, java.sql.Date.valueOf(received));
            p.setDate(5, incident == null ? null : java.sql.Date.valueOf(incident));
            p.setString(6, kind);
            p.setString(7, seaType);
            p.setString(8, kind.equals("SEA") ? null : "FRAUD_AND_THEFT");
            p.setString(9, status);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static long subject(Connection db, long allegation, String category, String nationality, String sex) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO subject (allegation_id, personnel_category, nationality, sex) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, allegation);
            p.setString(2, category);
            p.setString(3, nationality);
            p.setString(4, sex);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void investigation(Connection db, long allegation, String entity, String started, String due, String completed,
                              String finding, long... subjects) throws SQLException {
        long id;
        try (PreparedStatement p = db.prepareStatement("INSERT INTO investigation (allegation_id, entity, started_on, due_on, "
                + "completed_on, finding, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, NOW(), 'seed')",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, allegation);
            p.setString(2, entity);
            p.setDate(3, java.sql.Date.valueOf(started));
            p.setDate(4, java.sql.Date.valueOf(due));
            p.setDate(5, completed == null ? null : java.sql.Date.valueOf(completed));
            p.setString(6, finding);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        for (long subject : subjects) {
            try (Statement st = db.createStatement()) {
                st.executeUpdate("INSERT INTO investigation_subject (investigation_id, subject_id) VALUES (" + id + ", " + subject + ")");
            }
        }
    }

    static void action(Connection db, long allegation, long subject, String stage, String authority, String type,
                       String on) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO case_action (allegation_id, subject_id, stage, authority, "
                + "type, decided_on, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, NOW(), 'seed')")) {
            p.setLong(1, allegation);
            p.setLong(2, subject);
            p.setString(3, stage);
            p.setString(4, authority);
            p.setString(5, type);
            p.setDate(6, java.sql.Date.valueOf(on));
            p.executeUpdate();
        }
    }

    static void paternityClaim(Connection db, long allegation, long subject, String state, String on, String status)
            throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO paternity_claim (allegation_id, case_reference, "
                + "mission_code, victim_id, subject_id, member_state, received_on, notification_due_on, claimant, child_sex, "
                + "status, created_at, created_by, modified_at, modified_by) SELECT a.id, a.reference, a.mission_code, "
                + "(SELECT MIN(v.id) FROM victim v WHERE v.allegation_id = a.id), ?, ?, ?, ?, 'VICTIM', 'FEMALE', ?, NOW(), "
                + "'seed', NOW(), 'seed' FROM allegation a WHERE a.id = ?")) {
            p.setLong(1, subject);
            p.setString(2, state);
            p.setDate(3, java.sql.Date.valueOf(on));
            p.setDate(4, java.sql.Date.valueOf(LocalDate.parse(on).plusDays(7)));
            p.setString(5, status);
            p.setLong(6, allegation);
            p.executeUpdate();
        }
    }

    static void referral(Connection db, long allegation, long subject, String state, String on, String outcome)
            throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO criminal_referral (allegation_id, subject_id, referred_to, "
                + "referred_on, outcome, created_at, created_by, modified_at, modified_by) "
                + "VALUES (?, ?, ?, ?, ?, NOW(), 'seed', NOW(), 'seed')")) {
            p.setLong(1, allegation);
            p.setLong(2, subject);
            p.setString(3, state);
            p.setDate(4, java.sql.Date.valueOf(on));
            p.setString(5, outcome);
            p.executeUpdate();
        }
    }

    static void victim(Connection db, long allegation, String sex, String age) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO victim (allegation_id, sex, age_group) VALUES (?, ?, ?)")) {
            p.setLong(1, allegation);
            p.setString(2, sex);
            p.setString(3, age);
            p.executeUpdate();
        }
    }

    static void status(Connection db, long allegation, String on, String from, String to) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO status_change (allegation_id, changed_at, changed_by, "
                + "from_status, to_status) VALUES (?, ?, 'seed', ?, ?)")) {
            p.setLong(1, allegation);
            p.setTimestamp(2, java.sql.Timestamp.valueOf(LocalDate.parse(on).atTime(10, 0)));
            p.setString(3, from);
            p.setString(4, to);
            p.executeUpdate();
        }
    }

    static void notification(Connection db, long allegation, String state, String sentOn) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO notification (allegation_id, member_state, sent_on, "
                + "requests_nio, response_due_on, created_at, created_by) VALUES (?, ?, ?, TRUE, ?, NOW(), 'seed')")) {
            p.setLong(1, allegation);
            p.setString(2, state);
            p.setDate(3, java.sql.Date.valueOf(sentOn));
            p.setDate(4, java.sql.Date.valueOf(LocalDate.parse(sentOn).plusDays(14)));
            p.executeUpdate();
        }
    }

}
