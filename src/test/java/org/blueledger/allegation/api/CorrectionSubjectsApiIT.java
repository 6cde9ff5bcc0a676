package org.blueledger.allegation.api;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.ClientTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code PUT /api/v1/allegations/{reference}} adding and dropping subjects (issue #14, item 13):
 * a subject named by an investigation or an action cannot be dropped (400, naming
 * {@code subjects}; nothing changes), one that nothing names can, and a file about it stays on
 * the case, about no subject.
 */
class CorrectionSubjectsApiIT extends ClientTest {

    @Test
    void aSubjectTheFollowUpNamesCannotBeDroppedAndAnyOtherCan() {
        String officer = api.newAccount("cs-co", "CONDUCT_OFFICER", "UNMISS", null);
        JsonObject filed = api.filed("""
                {"mission":"UNMISS","receivedOn":"2023-03-01","kind":"SEA","seaType":"SEXUAL_ABUSE","source":"EMAIL",
                 "summary":"Three subjects","subjects":[
                   {"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE"},
                   {"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE"},
                   {"personnelCategory":"INTERNATIONAL_STAFF","nationality":"FRA","sex":"FEMALE","name":"Third Person"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT"}]}""", officer);
        String ref = filed.getString("reference");
        List<Long> ids = filed.getJsonArray("subjects").stream()
                .map(s -> s.asJsonObject().getJsonNumber("id").longValue()).toList();
        long victim = filed.getJsonArray("victims").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(201, api.post(CASES + "/" + ref + "/investigations", "{\"entity\":\"OIOS\",\"startedOn\":\"2023-03-05\","
                + "\"subjectIds\":[" + ids.get(0) + "]}", officer, PASSWORD).status());
        assertEquals(201, api.post(CASES + "/" + ref + "/actions", "{\"subjectId\":" + ids.get(1) + ",\"stage\":\"INTERIM\","
                + "\"authority\":\"UN\",\"type\":\"SUSPENSION_OF_PAYMENTS\",\"decidedOn\":\"2023-03-06\"}", officer, PASSWORD)
                .status());
        Api.Response file = api.postBytes(CASES + "/" + ref + "/attachments?kind=EVIDENCE&classification=SUBJECT_IDENTITY"
                        + "&subjectId=" + ids.get(2) + "&fileName=about-the-third.pdf",
                "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1),
                "application/octet-stream", officer, PASSWORD);
        assertEquals(201, file.status(), file.body());
        JsonObject before = api.get(CASES + "/" + ref, officer, PASSWORD).json();

        // only the third subject is sent back: the investigated and the sanctioned ones would be dropped
        Api.Response refused = api.put(CASES + "/" + ref, body(before.getInt("version"),
                "{\"id\":" + ids.get(2) + ",\"personnelCategory\":\"INTERNATIONAL_STAFF\",\"nationality\":\"FRA\",\"sex\":\"FEMALE\"}",
                victim), officer, PASSWORD);
        assertEquals(400, refused.status(), refused.body());
        List<JsonObject> errors = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(2, errors.size(), refused.body());
        assertTrue(errors.stream().allMatch(e -> e.getString("field").equals("subjects")
                && e.getString("message").contains("cannot be removed")), refused.body());
        JsonObject unchanged = api.get(CASES + "/" + ref, officer, PASSWORD).json();
        assertEquals(before.getInt("version"), unchanged.getInt("version"), "a refused correction changes nothing");
        assertEquals(3, unchanged.getJsonArray("subjects").size());
        assertEquals("Three subjects", unchanged.getString("summary"));

        // the two named ones kept, the third dropped and a new one added: accepted
        String kept = "{\"id\":" + ids.get(0) + ",\"personnelCategory\":\"MILITARY_CONTINGENT\",\"nationality\":\"NPL\",\"sex\":\"MALE\"},"
                + "{\"id\":" + ids.get(1) + ",\"personnelCategory\":\"MILITARY_CONTINGENT\",\"nationality\":\"NPL\",\"sex\":\"MALE\"},"
                + "{\"personnelCategory\":\"UN_POLICE\",\"nationality\":\"SEN\",\"sex\":\"MALE\"}";
        Api.Response accepted = api.put(CASES + "/" + ref, body(before.getInt("version"), kept, victim), officer, PASSWORD);
        assertEquals(200, accepted.status(), accepted.body());
        List<JsonObject> subjects = accepted.json().getJsonArray("subjects").getValuesAs(JsonObject.class);
        assertEquals(3, subjects.size());
        assertEquals(ids.get(0), subjects.get(0).getJsonNumber("id").longValue());
        assertEquals(ids.get(1), subjects.get(1).getJsonNumber("id").longValue());
        assertEquals("SEN", subjects.get(2).getString("nationality"));
        assertTrue(subjects.stream().noneMatch(s -> s.getJsonNumber("id").longValue() == ids.get(2)));
        JsonObject attachment = accepted.json().getJsonArray("attachments").getJsonObject(0);
        assertEquals("about-the-third.pdf", attachment.getString("fileName"), "the file about a dropped subject stays");
        assertTrue(!attachment.containsKey("subjectId") || attachment.isNull("subjectId"), attachment.toString());
    }

    private static String body(int version, String subjects, long victim) {
        return """
                {"mission":"UNMISS","receivedOn":"2023-03-01","kind":"SEA","seaType":"SEXUAL_ABUSE","source":"EMAIL",
                 "summary":"Three subjects","version":%d,"subjects":[%s],
                 "victims":[{"id":%d,"sex":"FEMALE","ageGroup":"ADULT"}]}""".formatted(version, subjects, victim);
    }
}
