package org.blueledger.allegation.api;

import org.blueledger.followup.api.FollowUpJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.blueledger.allegation.api.schema.CaseResponses;
import org.blueledger.allegation.domain.AgeGroup;
import org.blueledger.allegation.domain.AttachmentClassification;
import org.blueledger.allegation.domain.AttachmentKind;
import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.allegation.domain.Sex;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.followup.service.CriminalReferralView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case API's answers as JSON-B (Yasson, the runtime's own version) writes the records of
 * {@code CaseResponses}: unknown values present as {@code null}, a restricted identity absent
 * (not null, not empty), optional members left out.
 */
class CaseJsonTest {

    static Jsonb jsonb;

    @BeforeAll
    static void jsonb() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void close() throws Exception {
        jsonb.close();
    }

    private static JsonObject write(Object record) {
        return Json.createReader(new StringReader(jsonb.toJson(record))).readObject();
    }

    /** A subject or victim as the case's answer writes it (through its list's adapter). */
    private static JsonObject write(CaseResponses.Victim victim) {
        return Json.createReader(new StringReader(jsonb.toJson(new CaseResponses.WithoutIdentities.Victims()
                .adaptToJson(List.of(victim))))).readArray().getJsonObject(0);
    }

    private static JsonObject write(CaseResponses.Subject subject) {
        return Json.createReader(new StringReader(jsonb.toJson(new CaseResponses.WithoutIdentities.Subjects()
                .adaptToJson(List.of(subject))))).readArray().getJsonObject(0);
    }

    @Test
    void aRestrictedVictimHasNoIdentityFieldsAtAllAndAnErasedOneHasThemAsNull() {
        JsonObject restricted = write(CaseJson.victim(new AllegationDetails.VictimView(7, Sex.FEMALE, AgeGroup.MINOR,
                "Secret Name", LocalDate.of(2010, 1, 2), "+211 555", true)));
        assertEquals(7, restricted.getInt("id"));
        assertEquals("MINOR", restricted.getString("ageGroup"));
        assertTrue(restricted.getBoolean("identityRestricted"));
        for (String identity : List.of("name", "dateOfBirth", "contact")) {
            assertFalse(restricted.containsKey(identity), restricted.toString());
        }
        assertFalse(restricted.toString().contains("Secret"), restricted.toString());

        JsonObject erased = write(CaseJson.victim(new AllegationDetails.VictimView(8, Sex.FEMALE, AgeGroup.ADULT,
                null, null, null, false)));
        assertFalse(erased.getBoolean("identityRestricted"));
        assertTrue(erased.isNull("name") && erased.isNull("dateOfBirth") && erased.isNull("contact"), erased.toString());

        JsonObject seen = write(CaseJson.victim(new AllegationDetails.VictimView(9, Sex.MALE, AgeGroup.ADULT,
                "A. Name", LocalDate.of(1990, 5, 6), null, false)));
        assertEquals("A. Name", seen.getString("name"));
        assertEquals("1990-05-06", seen.getString("dateOfBirth"));
    }

    @Test
    void aRestrictedSubjectKeepsItsFactsButNotItsNameOrServiceNumber() {
        JsonObject s = write(CaseJson.subject(new AllegationDetails.SubjectView(3, PersonnelCategory.MILITARY_CONTINGENT,
                "NPL", Sex.MALE, null, "Battalion 2", "Hidden", "SN-1", true)));
        assertEquals("MILITARY_CONTINGENT", s.getString("personnelCategory"));
        assertEquals("NPL", s.getString("nationality"));
        assertTrue(s.isNull("rank"), s.toString());
        assertFalse(s.containsKey("name") || s.containsKey("serviceNumber"), s.toString());
        JsonObject open = write(CaseJson.subject(new AllegationDetails.SubjectView(4, PersonnelCategory.UN_POLICE,
                "SEN", Sex.FEMALE, "Captain", null, null, "SN-2", false)));
        assertTrue(open.isNull("name") && open.isNull("unit"), open.toString());
        assertEquals("SN-2", open.getString("serviceNumber"));
    }

    @Test
    void optionalMembersAreLeftOutAndNullableOnesWrittenAsNull() {
        JsonObject assignment = write(CaseJson.assignment(new AllegationDetails.AssignmentView("officer", "CONDUCT_OFFICER",
                null, Instant.parse("2024-01-02T03:04:05Z"), "chief")));
        assertFalse(assignment.containsKey("investigationId"), assignment.toString());
        assertEquals("2024-01-02T03:04:05Z", assignment.getString("assignedAt"));

        JsonObject attachment = write(CaseJson.attachment(new AllegationDetails.AttachmentView(5, AttachmentKind.EVIDENCE,
                AttachmentClassification.NO_IDENTITY, null, "report.pdf", "application/pdf", 1234,
                Instant.parse("2024-01-02T03:04:05Z"), "officer")));
        assertEquals("NO_IDENTITY", attachment.getString("classification"));
        assertTrue(attachment.isNull("subjectId"), attachment.toString());
        assertEquals(1234, attachment.getInt("size"));

        JsonObject investigation = write(FollowUpJson.investigation(new AllegationDetails.InvestigationView(6, 0, "OIOS",
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1), null, null, null, List.of(3L))));
        assertTrue(investigation.isNull("completedOn") && investigation.isNull("finding")
                && investigation.isNull("durationDays"), investigation.toString());
        assertEquals(3, investigation.getJsonArray("subjectIds").getInt(0));

        JsonObject unanswered = write(FollowUpJson.notification(new AllegationDetails.NotificationView(1, 0, "NPL",
                LocalDate.of(2024, 1, 1), true, LocalDate.of(2024, 1, 15), null, null, null, false, null, List.of())));
        assertTrue(unanswered.isNull("answer") && unanswered.isNull("willInvestigate"), unanswered.toString());
        JsonObject answered = write(FollowUpJson.notification(new AllegationDetails.NotificationView(1, 1, "NPL",
                LocalDate.of(2024, 1, 1), true, LocalDate.of(2024, 1, 15), "DECLINES", LocalDate.of(2024, 1, 10), null,
                true, null, List.of())));
        assertFalse(answered.getBoolean("willInvestigate"));

        JsonObject referral = write(FollowUpJson.referral(new CriminalReferralView(2, 0, 3, "NPL", LocalDate.of(2024, 2, 1),
                "PENDING", null)));
        assertTrue(referral.isNull("outcomeOn"), referral.toString());
    }

    @Test
    void theCaseItselfWritesItsRestrictedEntriesWithoutIdentityFields() {
        CaseResponses.Victim hidden = CaseJson.victim(new AllegationDetails.VictimView(1, Sex.FEMALE, AgeGroup.ADULT,
                "Never Shown", null, null, true));
        CaseResponses.Victim erased = CaseJson.victim(new AllegationDetails.VictimView(2, Sex.FEMALE, AgeGroup.ADULT,
                null, null, null, false));
        CaseResponses.Subject subject = CaseJson.subject(new AllegationDetails.SubjectView(3, PersonnelCategory.UN_POLICE,
                "NPL", Sex.MALE, null, null, "Never Shown Either", "SN", true));
        JsonObject c = write(new CaseResponses.Allegation("UNMISS-2024-0001", 1, "UNMISS", "2024-01-02", null, "SEA",
                "SEXUAL_ABUSE", null, "SERIOUS", null, "HOTLINE", "s", null, "PRELIMINARY_ASSESSMENT", false,
                List.of(subject), List.of(hidden, erased), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                "2024-01-02T00:00:00Z", "officer", "2024-01-02T00:00:00Z", null));
        assertFalse(c.toString().contains("Never Shown"), c.toString());
        assertFalse(c.getJsonArray("victims").getJsonObject(0).containsKey("name"), c.toString());
        assertTrue(c.getJsonArray("victims").getJsonObject(1).isNull("name"), c.toString());
        assertFalse(c.getJsonArray("subjects").getJsonObject(0).containsKey("serviceNumber"), c.toString());
        assertTrue(c.isNull("incidentDate") && c.isNull("location"), c.toString());
        assertFalse(c.containsKey("criminalReferrals"), "only the case's GET lists referrals: " + c);
    }
}
