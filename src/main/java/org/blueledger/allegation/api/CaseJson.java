package org.blueledger.allegation.api;

import org.blueledger.allegation.api.schema.CaseResponses;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.allegation.service.AllegationPage;
import org.blueledger.allegation.service.CaseJsonPart;

import java.util.List;

/**
 * The case API's answers as the typed records of {@link CaseResponses}, which JSON-B writes and
 * the OpenAPI document describes: one shape, so the document cannot drift from the answers.
 * Restricted identity fields are left out (null, and absent in the JSON), never sent empty.
 */
final class CaseJson {

    private CaseJson() {
    }

    /** The case without the parts other features add (none deployed): for tests and for a kernel alone. */
    static CaseResponses.Allegation details(AllegationDetails d) {
        return details(d, CaseJsonPart.Parts.NONE);
    }

    /** The case with the parts the features that hang off it add through {@link CaseJsonPart}. */
    static CaseResponses.Allegation details(AllegationDetails d, CaseJsonPart.Parts parts) {
        return new CaseResponses.Allegation(d.reference(), d.version(), d.mission(), text(d.receivedOn()),
                text(d.incidentDate()), name(d.kind()), name(d.seaType()), name(d.seaSubtype()), name(d.seriousness()),
                name(d.thematicArea()), name(d.source()), d.summary(), d.location(), name(d.status()),
                d.referredToMemberState(),
                d.subjects().stream().map(CaseJson::subject).toList(),
                d.victims().stream().map(CaseJson::victim).toList(),
                slot(parts.investigations()), slot(parts.notifications()),
                slot(parts.actions()),
                d.statusHistory().stream().map(h -> new CaseResponses.StatusChange(text(h.at()), h.by(), name(h.from()),
                        name(h.to()), h.reason())).toList(),
                d.assignments().stream().map(CaseJson::assignment).toList(),
                d.attachments().stream().map(CaseJson::attachment).toList(),
                text(d.createdAt()), d.createdBy(), text(d.modifiedAt()),
                slot(parts.criminalReferrals()));
    }

    /** A subject; a restricted one carries no identity here either (and is written without the fields). */
    static CaseResponses.Subject subject(AllegationDetails.SubjectView s) {
        boolean hidden = s.identityRestricted();
        return new CaseResponses.Subject(s.id(), name(s.personnelCategory()), s.nationality(), name(s.sex()), s.rank(),
                s.unit(), hidden ? null : s.name(), hidden ? null : s.serviceNumber(), hidden);
    }

    /** A victim; a restricted one carries no identity here either (and is written without the fields). */
    static CaseResponses.Victim victim(AllegationDetails.VictimView v) {
        boolean hidden = v.identityRestricted();
        return new CaseResponses.Victim(v.id(), name(v.sex()), name(v.ageGroup()), hidden ? null : v.name(),
                hidden ? null : text(v.dateOfBirth()), hidden ? null : v.contact(), hidden);
    }

    static CaseResponses.Assignment assignment(AllegationDetails.AssignmentView a) {
        return new CaseResponses.Assignment(a.username(), a.role(), a.investigationId(), text(a.assignedAt()),
                a.assignedBy());
    }

    static CaseResponses.Attachment attachment(AllegationDetails.AttachmentView t) {
        return new CaseResponses.Attachment(t.id(), name(t.kind()), name(t.classification()), t.subjectId(), t.fileName(),
                t.mediaType(), t.sizeBytes(), text(t.uploadedAt()), t.uploadedBy());
    }

    static CaseResponses.Page page(AllegationPage p) {
        return new CaseResponses.Page(p.items().stream().map(r -> new CaseResponses.Row(r.reference(), r.mission(),
                text(r.receivedOn()), text(r.incidentDate()), name(r.kind()), name(r.seaType()), name(r.status()),
                r.referredToMemberState(), r.version())).toList(), p.total(), p.page(), p.size(), p.next());
    }

    /**
     * A slot of the answer that another feature fills through {@link CaseJsonPart}: the records it
     * wrote, typed as the slot is declared (for the OpenAPI schema); JSON-B writes what the list holds.
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> slot(List<?> records) {
        return (List<T>) records;
    }

    /** A date or instant as ISO-8601 text ({@code toString} of java.time), {@code null} kept. */
    static String text(Object temporal) {
        return temporal == null ? null : temporal.toString();
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
