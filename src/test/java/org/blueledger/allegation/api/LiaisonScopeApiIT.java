package org.blueledger.allegation.api;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.ClientTest;
import org.blueledger.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The liaison's scope through {@code allegation_state} (ADR 0010) follows every change of the
 * facts it is derived from, in the same transaction: intake, a correction that adds, changes
 * or removes subjects, and a note verbale to a state. Read through the API (200 or 404) and in
 * the table itself.
 */
class LiaisonScopeApiIT extends ClientTest {

    String officer;
    String ghana;
    String kenya;

    @BeforeEach
    void setUp() {
        officer = api.newAccount("co-scope", "CONDUCT_OFFICER", "MONUSCO", null);
        ghana = api.newAccount("liaison-scope-gha", "MEMBER_STATE_LIAISON", null, "GHA");
        kenya = api.newAccount("liaison-scope-ken", "MEMBER_STATE_LIAISON", null, "KEN");
    }

    private static String subject(Long id, String category, String nationality) {
        return "{" + (id == null ? "" : "\"id\":" + id + ",") + "\"personnelCategory\":\"" + category
                + "\",\"nationality\":\"" + nationality + "\",\"sex\":\"MALE\",\"name\":\"Scope Subject\"}";
    }

    private static String body(String subjects, Integer version) {
        return """
                {"mission":"MONUSCO","receivedOn":"2021-03-01","kind":"SEA","seaType":"SEXUAL_EXPLOITATION",
                 "source":"HOTLINE","summary":"Liaison scope",%s"subjects":[%s],"victims":[]}"""
                .formatted(version == null ? "" : "\"version\":" + version + ",", subjects);
    }

    private int seen(String reference, String liaison) {
        return api.get(CASES + "/" + reference, liaison, PASSWORD).status();
    }

    private JsonObject correct(String reference, String subjects) {
        int version = api.get(CASES + "/" + reference, officer, PASSWORD).json().getInt("version");
        Api.Response r = api.put(CASES + "/" + reference, body(subjects, version), officer, PASSWORD);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static Set<String> states(String reference) throws Exception {
        Set<String> out = new TreeSet<>();
        try (Connection c = TestDatabase.connection();
             PreparedStatement s = c.prepareStatement("SELECT st.state_code FROM allegation_state st "
                     + "JOIN allegation a ON a.id = st.allegation_id WHERE a.reference = ?")) {
            s.setString(1, reference);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    @Test
    void theScopeFollowsSubjectsAndNotificationsInTheSameTransaction() throws Exception {
        Api.Response filed = api.post(CASES, body(subject(null, "MILITARY_CONTINGENT", "GHA") + ","
                + subject(null, "INTERNATIONAL_STAFF", "KEN"), null), officer, PASSWORD);
        assertEquals(201, filed.status(), filed.body());
        String ref = filed.json().getString("reference");
        long first = filed.json().getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue();
        long second = filed.json().getJsonArray("subjects").getJsonObject(1).getJsonNumber("id").longValue();
        assertEquals(Set.of("GHA"), states(ref), "a civilian's nationality brings no liaison");
        assertEquals(200, seen(ref, ghana));
        assertEquals(404, seen(ref, kenya));

        correct(ref, subject(first, "MILITARY_CONTINGENT", "GHA") + "," + subject(second, "UN_POLICE", "KEN"));
        assertEquals(Set.of("GHA", "KEN"), states(ref), "the Kenyan is now a police officer: Kenya's case too");
        assertEquals(200, seen(ref, kenya));

        correct(ref, subject(second, "UN_POLICE", "KEN"));
        assertEquals(Set.of("KEN"), states(ref), "the Ghanaian removed and no note to Ghana: out of Ghana's scope");
        assertEquals(404, seen(ref, ghana));

        Api.Response sent = api.post(CASES + "/" + ref + "/notifications",
                "{\"memberState\":\"GHA\",\"sentOn\":\"2021-03-03\",\"requestsNio\":false}", officer, PASSWORD);
        assertEquals(201, sent.status(), sent.body());
        assertEquals(Set.of("GHA", "KEN"), states(ref), "a note verbale to Ghana brings the case back into its scope");
        assertEquals(200, seen(ref, ghana));

        correct(ref, subject(second, "INTERNATIONAL_STAFF", "KEN"));
        assertEquals(Set.of("GHA"), states(ref), "Ghana keeps the case it was notified of; Kenya has no national left");
        assertEquals(404, seen(ref, kenya));
        assertEquals(200, seen(ref, ghana));
    }
}
