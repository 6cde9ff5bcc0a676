package org.blueledger.allegation.domain;

import org.blueledger.platform.error.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AllegationFactsTest {

    static final LocalDate TODAY = LocalDate.of(2018, 6, 1);

    /** A consistent report, changed one field at a time by each test. */
    static final class Report {
        LocalDate receivedOn = LocalDate.of(2018, 5, 14);
        LocalDate incidentDate = LocalDate.of(2018, 4, 30);
        MisconductKind kind = MisconductKind.SEA;
        SeaType seaType = SeaType.SEXUAL_ABUSE;
        SeaSubtype seaSubtype = SeaSubtype.SEXUAL_ASSAULT;
        Seriousness seriousness = Seriousness.SERIOUS;
        ThematicArea thematicArea;
        AllegationSource source = AllegationSource.COMMUNITY_NETWORK;
        String summary = "Reported through the community-based complaint network.";
        String location = "Malakal, protection of civilians site";

        static Report sea() {
            return new Report();
        }

        static Report otherMisconduct() {
            Report r = new Report();
            r.kind = MisconductKind.OTHER_MISCONDUCT;
            r.seaType = null;
            r.seaSubtype = null;
            r.seriousness = Seriousness.SERIOUS;
            r.thematicArea = ThematicArea.MISUSE_OF_OFFICE_OR_POSITION;
            return r;
        }

        AllegationFacts facts() {
            return new AllegationFacts(receivedOn, incidentDate, kind, seaType, seaSubtype, seriousness, thematicArea,
                    source, summary, location);
        }
    }

    static List<String> fields(List<FieldError> problems) {
        return problems.stream().map(FieldError::field).toList();
    }

    @Test
    void aConsistentSeaReportHasNoProblems() {
        AllegationFacts cut = Report.sea().facts();
        assertEquals(List.of(), cut.problems(TODAY));
    }

    @Test
    void aConsistentOtherMisconductReportHasNoProblems() {
        AllegationFacts cut = Report.otherMisconduct().facts();
        assertEquals(List.of(), cut.problems(TODAY));
    }

    @Test
    void aReportReceivedAndIncidentOnTheSameDayTodayHasNoProblems() {
        Report r = Report.sea();
        r.receivedOn = TODAY;
        r.incidentDate = TODAY;
        AllegationFacts cut = r.facts();
        assertEquals(List.of(), cut.problems(TODAY));
    }

    @Test
    void aReportWithoutIncidentDateHasNoProblems() {
        Report r = Report.sea();
        r.incidentDate = null;
        AllegationFacts cut = r.facts();
        assertEquals(List.of(), cut.problems(TODAY));
    }

    @Test
    void aReportReceivedInTheFutureIsRejected() {
        Report r = Report.sea();
        r.receivedOn = TODAY.plusDays(1);
        AllegationFacts cut = r.facts();

        List<FieldError> problems = cut.problems(TODAY);

        assertEquals(List.of("receivedOn"), fields(problems));
        assertEquals("date.future", problems.get(0).code());
    }

    @Test
    void anIncidentInTheFutureIsRejectedOnceOnly() {
        Report r = Report.sea();
        r.receivedOn = TODAY;
        r.incidentDate = TODAY.plusDays(1);
        AllegationFacts cut = r.facts();

        List<FieldError> problems = cut.problems(TODAY);

        assertEquals(List.of("incidentDate"), fields(problems));
        assertEquals("date.future", problems.get(0).code());
    }

    @Test
    void anIncidentAfterTheReceiptIsRejected() {
        Report r = Report.sea();
        r.receivedOn = LocalDate.of(2018, 5, 14);
        r.incidentDate = LocalDate.of(2018, 5, 15);
        AllegationFacts cut = r.facts();

        List<FieldError> problems = cut.problems(TODAY);

        assertEquals(List.of("incidentDate"), fields(problems));
        assertEquals("incident.afterReceipt", problems.get(0).code());
    }

    @Test
    void anSeaReportWithoutSeaTypeIsRejected() {
        Report r = Report.sea();
        r.seaType = null;
        AllegationFacts cut = r.facts();
        assertEquals(List.of("seaType"), fields(cut.problems(TODAY)));
    }

    @Test
    void anSeaReportCannotBeNonSerious() {
        Report r = Report.sea();
        r.seriousness = Seriousness.NON_SERIOUS;
        AllegationFacts cut = r.facts();
        assertEquals(List.of("seriousness"), fields(cut.problems(TODAY)));
    }

    @Test
    void anSeaReportWithoutSeriousnessIsAccepted() {
        Report r = Report.sea();
        r.seriousness = null;
        AllegationFacts cut = r.facts();
        assertEquals(List.of(), cut.problems(TODAY));
    }

    @Test
    void anSeaReportWithAThematicAreaIsRejected() {
        Report r = Report.sea();
        r.thematicArea = ThematicArea.PROHIBITED_CONDUCT;
        AllegationFacts cut = r.facts();
        assertEquals(List.of("thematicArea"), fields(cut.problems(TODAY)));
    }

    @Test
    void otherMisconductWithAnSeaTypeIsRejected() {
        Report r = Report.otherMisconduct();
        r.seaType = SeaType.UNKNOWN;
        AllegationFacts cut = r.facts();
        assertEquals(List.of("seaType"), fields(cut.problems(TODAY)));
    }

    @Test
    void otherMisconductWithAnSeaSubtypeIsRejected() {
        Report r = Report.otherMisconduct();
        r.seaSubtype = SeaSubtype.RAPE;
        AllegationFacts cut = r.facts();
        assertEquals(List.of("seaSubtype"), fields(cut.problems(TODAY)));
    }

    @Test
    void otherMisconductWithoutSeriousnessIsRejected() {
        Report r = Report.otherMisconduct();
        r.seriousness = null;
        AllegationFacts cut = r.facts();
        assertEquals(List.of("seriousness"), fields(cut.problems(TODAY)));
    }

    @Test
    void aSummaryOfTenThousandCharactersIsAccepted() {
        Report r = Report.sea();
        r.summary = "s".repeat(10_000);
        AllegationFacts cut = r.facts();
        assertEquals(List.of(), cut.problems(TODAY));
    }

    @Test
    void aSummaryOverTenThousandCharactersIsRejected() {
        Report r = Report.sea();
        r.summary = "s".repeat(10_001);
        AllegationFacts cut = r.facts();
        assertEquals(List.of("summary"), fields(cut.problems(TODAY)));
    }

    @Test
    void aLocationOfFiveHundredCharactersIsAccepted() {
        Report r = Report.sea();
        r.location = "l".repeat(500);
        AllegationFacts cut = r.facts();
        assertEquals(List.of(), cut.problems(TODAY));
    }

    @Test
    void aLocationOverFiveHundredCharactersIsRejected() {
        Report r = Report.sea();
        r.location = "l".repeat(501);
        AllegationFacts cut = r.facts();
        assertEquals(List.of("location"), fields(cut.problems(TODAY)));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        Report r = Report.otherMisconduct();
        r.receivedOn = TODAY.plusDays(2);
        r.seaType = SeaType.SEXUAL_EXPLOITATION;
        r.seriousness = null;
        r.location = "l".repeat(501);
        AllegationFacts cut = r.facts();

        assertEquals(List.of("receivedOn", "seaType", "seriousness", "location"), fields(cut.problems(TODAY)));
    }
}
