package org.blueledger.allegation.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.ClientTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Need to know on evidence files (issue #11, finding 5): each attachment states at upload which
 * identities it holds, and only roles entitled to them see it in the case, see its name and
 * download it; a liaison sees only files about its own nationals that hold no victim identity.
 * A withheld download answers exactly like a missing one and is audited under the case.
 */
class AttachmentAccessApiIT extends ClientTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();

    String officer;
    String chief;
    String ref;
    long nepalese;
    long bangladeshi;

    @BeforeEach
    void setUp() {
        officer = api.newAccount("ev-co", "CONDUCT_OFFICER", "UNMISS", null);
        chief = api.newAccount("ev-chief", "CHIEF_OF_CONDUCT", "UNMISS", null);
        JsonObject filed = api.filed("""
                {"mission":"UNMISS","receivedOn":"2019-03-11","incidentDate":"2019-03-01","kind":"SEA",
                 "seaType":"SEXUAL_ABUSE","seaSubtype":"SEXUAL_ASSAULT","seriousness":"SERIOUS",
                 "source":"HOTLINE","summary":"Evidence access test.","location":"Malakal",
                 "subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE",
                              "name":"Nepalese Subject","serviceNumber":"NP-1"},
                             {"personnelCategory":"FORMED_POLICE_UNIT","nationality":"BGD","sex":"MALE",
                              "name":"Bangladeshi Subject","serviceNumber":"BD-2"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT","name":"Victim Name"}]}
                """, officer);
        ref = filed.getString("reference");
        for (JsonValue v : filed.getJsonArray("subjects")) {
            JsonObject s = v.asJsonObject();
            if (s.getString("nationality").equals("NPL")) {
                nepalese = s.getJsonNumber("id").longValue();
            } else {
                bangladeshi = s.getJsonNumber("id").longValue();
            }
        }
    }

    private long upload(String fileName, String query) {
        Api.Response r = api.postBytes(CASES + "/" + ref + "/attachments?kind=EVIDENCE&fileName=" + fileName + query, PDF,
                "application/octet-stream", officer, PASSWORD);
        assertEquals(201, r.status(), fileName + ": " + r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    /** The seven files of the case, by name; each name tells its class and subject. */
    private Map<String, Long> uploadOneOfEach() {
        Map<String, Long> files = new LinkedHashMap<>();
        files.put("victim-statement.pdf", upload("victim-statement.pdf", "&classification=VICTIM_IDENTITY"));
        files.put("victim-about-npl.pdf", upload("victim-about-npl.pdf", "&classification=VICTIM_IDENTITY&subjectId=" + nepalese));
        files.put("unclassified.pdf", upload("unclassified.pdf", ""));
        files.put("subject-npl.pdf", upload("subject-npl.pdf", "&classification=SUBJECT_IDENTITY&subjectId=" + nepalese));
        files.put("subject-bgd.pdf", upload("subject-bgd.pdf", "&classification=SUBJECT_IDENTITY&subjectId=" + bangladeshi));
        files.put("none-npl.pdf", upload("none-npl.pdf", "&classification=NO_IDENTITY&subjectId=" + nepalese));
        files.put("none-case.pdf", upload("none-case.pdf", "&classification=NO_IDENTITY"));
        return files;
    }

    private void assertSees(String who, String user, Map<String, Long> files, Set<String> expected) {
        Api.Response read = api.get(CASES + "/" + ref, user, PASSWORD);
        assertEquals(200, read.status(), who + ": " + read.body());
        Set<String> listed = read.json().getJsonArray("attachments").stream()
                .map(v -> v.asJsonObject().getString("fileName")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(expected), listed, who + " lists exactly these files");
        for (Map.Entry<String, Long> f : files.entrySet()) {
            Api.Response down = api.get(CASES + "/" + ref + "/attachments/" + f.getValue(), user, PASSWORD);
            if (expected.contains(f.getKey())) {
                assertEquals(200, down.status(), who + " downloads " + f.getKey());
                assertTrue(down.body().startsWith("%PDF-"), who + " gets the bytes of " + f.getKey());
                assertTrue(down.header("Content-Disposition").contains(f.getKey()));
            } else {
                assertFalse(read.body().contains(f.getKey()), who + " never sees the name " + f.getKey());
                assertEquals(404, down.status(), who + " may not download " + f.getKey());
                assertEquals("No attachment " + f.getValue() + " on " + ref + ".", down.json().getString("detail"),
                        who + ": a withheld file answers like a missing one");
                assertFalse(down.body().contains(f.getKey()), "the 404 does not name the file");
            }
        }
    }

    @Test
    void eachRoleSeesListsAndDownloadsOnlyTheFilesItsNeedToKnowAllows() {
        Map<String, Long> files = uploadOneOfEach();
        Set<String> all = files.keySet();
        Set<String> withoutVictims = Set.of("subject-npl.pdf", "subject-bgd.pdf", "none-npl.pdf", "none-case.pdf");

        String unassigned = api.newAccount("ev-co2", "CONDUCT_OFFICER", "UNMISS", null);
        String hq = api.newAccount("ev-hq", "HQ_CONDUCT", null, null);
        String victimsRights = api.newAccount("ev-vr", "VICTIMS_RIGHTS", "UNMISS", null);
        String investigator = api.newAccount("ev-inv", "INVESTIGATOR", null, null);
        assertEquals(201, api.post(CASES + "/" + ref + "/assignments",
                "{\"username\":\"" + investigator + "\",\"role\":\"INVESTIGATOR\"}", chief, PASSWORD).status());
        String nepal = api.newAccount("ev-npl", "MEMBER_STATE_LIAISON", null, "NPL");
        String bangladesh = api.newAccount("ev-bgd", "MEMBER_STATE_LIAISON", null, "BGD");

        assertSees("the assigned officer", officer, files, all);
        assertSees("the chief of the mission", chief, files, all);
        assertSees("an unassigned officer of the mission", unassigned, files, withoutVictims);
        assertSees("HQ", hq, files, withoutVictims);
        assertSees("the investigator", investigator, files, withoutVictims);
        assertSees("the victims' rights officer", victimsRights, files,
                Set.of("victim-statement.pdf", "victim-about-npl.pdf", "unclassified.pdf", "none-npl.pdf", "none-case.pdf"));
        assertSees("Nepal's liaison", nepal, files, Set.of("subject-npl.pdf", "none-npl.pdf"));
        assertSees("Bangladesh's liaison", bangladesh, files, Set.of("subject-bgd.pdf"));
    }

    @Test
    void theCaseListsEachFilesClassificationAndSubjectAndAnUnstatedClassIsTheSafeDefault() {
        long unstated = upload("a.pdf", "");
        long aboutSubject = upload("b.pdf", "&classification=SUBJECT_IDENTITY&subjectId=" + nepalese);
        Map<Long, JsonObject> byId = api.get(CASES + "/" + ref, chief, PASSWORD).json().getJsonArray("attachments").stream()
                .map(JsonValue::asJsonObject).collect(Collectors.toMap(o -> o.getJsonNumber("id").longValue(), o -> o));
        assertEquals("VICTIM_IDENTITY", byId.get(unstated).getString("classification"));
        assertTrue(byId.get(unstated).isNull("subjectId"));
        assertEquals("SUBJECT_IDENTITY", byId.get(aboutSubject).getString("classification"));
        assertEquals(nepalese, byId.get(aboutSubject).getJsonNumber("subjectId").longValue());
    }

    @Test
    void theOpenApiDocumentDescribesTheClassificationAndTheSubject() throws Exception {
        Api.Response doc = server().get("/openapi", null, null);
        assertEquals(200, doc.status());
        for (String text : new String[] {"classification", "VICTIM_IDENTITY", "SUBJECT_IDENTITY", "NO_IDENTITY", "subjectId"}) {
            assertTrue(doc.body().contains(text), text + " in /openapi");
        }
    }

    @Test
    void aWithheldDownloadIsAuditedAsDeniedUnderTheCasesReferenceWithoutTheFileName() {
        long file = upload("victim-statement.pdf", "&classification=VICTIM_IDENTITY");
        String hq = api.newAccount("ev-hq", "HQ_CONDUCT", null, null);
        String auditor = api.newAccount("ev-aud", "AUDITOR", null, null);
        long before = denied(auditor);
        assertEquals(404, api.get(CASES + "/" + ref + "/attachments/" + file, hq, PASSWORD).status());
        assertEquals(before + 1, denied(auditor), "exactly one DENIED entry under " + ref);
        Api.Response entries = api.get("/api/v1/audit?reference=" + ref + "&size=200", auditor, PASSWORD);
        assertEquals(200, entries.status(), entries.body());
        assertFalse(entries.body().contains("victim-statement"), "file names stay out of the audit trail");
    }

    @Test
    void aBadClassificationOrSubjectIsRefusedNamingTheFieldAndStoresNothing() {
        JsonObject other = api.filed("""
                {"mission":"UNMISS","receivedOn":"2019-04-01","kind":"OTHER_MISCONDUCT","seriousness":"NON_SERIOUS",
                 "source":"EMAIL","summary":"Another case.","location":"Juba",
                 "subjects":[{"personnelCategory":"UN_POLICE","nationality":"NPL","sex":"MALE"}]}
                """, officer);
        long foreignSubject = other.getJsonArray("subjects").getJsonObject(0).getJsonNumber("id").longValue();

        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("&classification=SECRET", "classification");
        bad.put("&classification=no_identity", "classification");
        bad.put("&classification=NO_IDENTITY&subjectId=" + foreignSubject, "subjectId");
        bad.put("&classification=NO_IDENTITY&subjectId=abc", "subjectId");
        bad.put("&classification=SUBJECT_IDENTITY", "subjectId");
        for (Map.Entry<String, String> b : bad.entrySet()) {
            Api.Response r = api.postBytes(CASES + "/" + ref + "/attachments?kind=EVIDENCE&fileName=x.pdf" + b.getKey(), PDF,
                    "application/octet-stream", officer, PASSWORD);
            assertEquals(400, r.status(), b.getKey() + ": " + r.body());
            List<String> fields = r.json().getJsonArray("errors").stream()
                    .map(v -> v.asJsonObject().getString("field")).toList();
            assertEquals(List.of(b.getValue()), fields, b.getKey());
        }
        Api.Response both = api.postBytes(CASES + "/" + ref + "/attachments?kind=NOTE&fileName=x.pdf&classification=X"
                + "&subjectId=abc", PDF, "application/octet-stream", officer, PASSWORD);
        assertEquals(400, both.status());
        assertEquals(Set.of("kind", "classification", "subjectId"), both.json().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field")).collect(Collectors.toSet()), "every bad field is named");
        assertEquals(0, api.get(CASES + "/" + ref, chief, PASSWORD).json().getJsonArray("attachments").size(),
                "nothing was stored");
    }

    private long denied(String auditor) {
        Api.Response r = api.get("/api/v1/audit?outcome=DENIED&reference=" + ref + "&size=1", auditor, PASSWORD);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonNumber("total").longValue();
    }
}
