package org.blueledger.allegation.api.schema;


import org.blueledger.followup.api.schema.FollowUpResponses;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The answers of the case API: the resources return these records (filled by {@code CaseJson})
 * and JSON-B writes them. Records marked {@code @JsonbNillable} write every unknown field as
 * {@code null}; a component marked {@code @JsonbNillable(false)} is absent when null. A subject
 * or victim whose identity the caller may not see is written as its own record without the
 * identity fields ({@link WithoutIdentities}), so they are absent, not null.
 */
public final class CaseResponses {

    private CaseResponses() {
    }

    /** {@code CaseJson.details}; the follow-up's slots are filled through {@code CaseJsonPart} (see LayeringTest). */
    @Schema(name = "Allegation", description = "A case as the caller may see it")
    @JsonbNillable
    public record Allegation(
            @Schema(required = true, pattern = "^[A-Z0-9_-]+-[0-9]{4}-[0-9]{4,}$", example = "UNMISS-2018-0007")
            String reference,
            @Schema(required = true, minimum = "0") long version,
            @Schema(required = true) String mission,
            @Schema(required = true, format = "date") String receivedOn,
            @Schema(required = true, format = "date", nullable = true) String incidentDate,
            @Schema(required = true, enumeration = {"SEA", "OTHER_MISCONDUCT"}) String kind,
            @Schema(required = true, nullable = true, enumeration = {"SEXUAL_EXPLOITATION", "SEXUAL_ABUSE", "OTHER",
                    "UNKNOWN"}) String seaType,
            @Schema(required = true, nullable = true, enumeration = {"EXPLOITATIVE_RELATIONSHIP", "TRANSACTIONAL_SEX",
                    "SOLICITATION_OF_TRANSACTIONAL_SEX", "RAPE", "SEXUAL_ASSAULT", "SEXUAL_ACTIVITY_WITH_MINOR"})
            String seaSubtype,
            @Schema(required = true, enumeration = {"SERIOUS", "NON_SERIOUS"}) String seriousness,
            @Schema(required = true, nullable = true, enumeration = {"FRAUD_AND_THEFT", "MISUSE_OF_OFFICE_OR_POSITION",
                    "PROHIBITED_CONDUCT", "PROCUREMENT_VIOLATIONS", "TRAFFIC_RELATED_VIOLATIONS",
                    "OBSTRUCTION_OF_ACCOUNTABILITY", "FINANCIAL_AND_LEGAL_OBLIGATIONS", "OTHER_UNLAWFUL_ACT",
                    "OTHER_INFRACTIONS"}) String thematicArea,
            @Schema(required = true, enumeration = {"HOTLINE", "EMAIL", "COMPLAINT_BOX", "IN_PERSON", "COMMUNITY_NETWORK",
                    "OIOS", "OTHER"}) String source,
            @Schema(required = true) String summary,
            @Schema(required = true, nullable = true) String location,
            @Schema(required = true, enumeration = {"PRELIMINARY_ASSESSMENT", "UNDER_REVIEW_LIMITED_INFORMATION",
                    "UNDER_INVESTIGATION", "SUBSTANTIATED", "NOT_SUBSTANTIATED", "CLOSED_OTHER"}) String status,
            @Schema(required = true) boolean referredToMemberState,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = Subject.class)
            @JsonbTypeAdapter(WithoutIdentities.Subjects.class) List<Subject> subjects,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = Victim.class)
            @JsonbTypeAdapter(WithoutIdentities.Victims.class) List<Victim> victims,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = FollowUpResponses.Investigation.class) List<FollowUpResponses.Investigation> investigations,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = FollowUpResponses.Notification.class) List<FollowUpResponses.Notification> notifications,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = FollowUpResponses.Action.class) List<FollowUpResponses.Action> actions,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = StatusChange.class) List<StatusChange> statusHistory,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = Assignment.class) List<Assignment> assignments,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = Attachment.class) List<Attachment> attachments,
            @Schema(required = true, format = "date-time") String createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true, format = "date-time") String modifiedAt,
            @JsonbNillable(false) @Schema(description = "Referrals for criminal accountability the caller may see (GET of the case only)", type = SchemaType.ARRAY, implementation = FollowUpResponses.CriminalReferral.class) List<FollowUpResponses.CriminalReferral> criminalReferrals) {
    }

    /**
     * A subject of a case. When the caller may see its identity, {@code name} and {@code serviceNumber}
     * are written, {@code null} when unknown; when not ({@code identityRestricted}), the case's JSON
     * writes it as {@link RestrictedSubject}, without them.
     */
    @Schema(name = "Subject")
    @JsonbNillable
    public record Subject(
            @Schema(required = true, minimum = "1") long id,
            @Schema(required = true, enumeration = {"INTERNATIONAL_STAFF", "NATIONAL_STAFF", "UN_VOLUNTEER",
                    "MILITARY_CONTINGENT", "MILITARY_OBSERVER", "STAFF_OFFICER", "UN_POLICE", "FORMED_POLICE_UNIT",
                    "CONTRACTOR"}) String personnelCategory,
            @Schema(required = true, nullable = true, pattern = "^[A-Z]{3}$") String nationality,
            @Schema(required = true, enumeration = {"MALE", "FEMALE", "UNKNOWN"}) String sex,
            @Schema(required = true, nullable = true) String rank,
            @Schema(required = true, nullable = true) String unit,
            @Schema(nullable = true, description = "Absent when identityRestricted") String name,
            @Schema(nullable = true, description = "Absent when identityRestricted") String serviceNumber,
            @Schema(required = true) boolean identityRestricted) {
    }

    /** A subject whose identity the caller may not see, as written: no identity fields at all. */
    @JsonbNillable
    public record RestrictedSubject(long id, String personnelCategory, String nationality, String sex, String rank,
                                    String unit, boolean identityRestricted) {
    }

    /**
     * A victim of a case. When the caller may see its identity, the identity fields are written,
     * {@code null} when unknown or erased; when not, the case's JSON writes it as
     * {@link RestrictedVictim}, without them.
     */
    @Schema(name = "Victim")
    @JsonbNillable
    public record Victim(
            @Schema(required = true, minimum = "1") long id,
            @Schema(required = true, enumeration = {"MALE", "FEMALE", "UNKNOWN"}) String sex,
            @Schema(required = true, enumeration = {"ADULT", "MINOR", "UNKNOWN"}) String ageGroup,
            @Schema(nullable = true, description = "Absent when identityRestricted") String name,
            @Schema(nullable = true, format = "date", description = "Absent when identityRestricted") String dateOfBirth,
            @Schema(nullable = true, description = "Absent when identityRestricted") String contact,
            @Schema(required = true) boolean identityRestricted) {
    }

    /** A victim whose identity the caller may not see, as written: no identity fields at all. */
    @JsonbNillable
    public record RestrictedVictim(long id, String sex, String ageGroup, boolean identityRestricted) {
    }

    /**
     * Writes the subjects and victims of a case: those whose identity the caller may not see as
     * their restricted records, so that the identity fields are absent (not {@code null}, which
     * means "unknown" or "erased" to a caller who may see them). The OpenAPI document describes
     * the full records, whose identity fields are optional.
     */
    public static final class WithoutIdentities {

        private WithoutIdentities() {
        }

        public static final class Subjects implements JsonbAdapter<List<Subject>, List<Object>> {
            @Override
            public List<Object> adaptToJson(List<Subject> subjects) {
                return subjects.stream().map(s -> s.identityRestricted() ? (Object) new RestrictedSubject(s.id(),
                        s.personnelCategory(), s.nationality(), s.sex(), s.rank(), s.unit(), true) : s).toList();
            }

            @Override
            public List<Subject> adaptFromJson(List<Object> json) {
                throw new UnsupportedOperationException("the case's answer is never read back");
            }
        }

        public static final class Victims implements JsonbAdapter<List<Victim>, List<Object>> {
            @Override
            public List<Object> adaptToJson(List<Victim> victims) {
                return victims.stream().map(v -> v.identityRestricted() ? (Object) new RestrictedVictim(v.id(), v.sex(),
                        v.ageGroup(), true) : v).toList();
            }

            @Override
            public List<Victim> adaptFromJson(List<Object> json) {
                throw new UnsupportedOperationException("the case's answer is never read back");
            }
        }
    }

    /** A status change in {@code CaseJson.details}. */
    @Schema(name = "StatusChangeEntry")
    @JsonbNillable
    public record StatusChange(
            @Schema(required = true, format = "date-time") String at,
            @Schema(required = true) String by,
            @Schema(required = true, nullable = true) String from,
            @Schema(required = true) String to,
            @Schema(required = true, nullable = true) String reason) {
    }

    /** {@code CaseJson.assignment}. */
    @Schema(name = "Assignment")
    @JsonbNillable
    public record Assignment(
            @Schema(required = true) String username,
            @Schema(required = true, enumeration = {"CONDUCT_OFFICER", "INVESTIGATOR"}) String role,
            @JsonbNillable(false) @Schema(description = "Absent unless the assignment is to one investigation") Long investigationId,
            @Schema(required = true, format = "date-time") String assignedAt,
            @Schema(required = true) String assignedBy) {
    }

    /** {@code CaseJson.attachment}. */
    @Schema(name = "Attachment")
    @JsonbNillable
    public record Attachment(
            @Schema(required = true, minimum = "1") long id,
            @Schema(required = true, enumeration = {"EVIDENCE", "CORRESPONDENCE"}) String kind,
            @Schema(required = true, enumeration = {"VICTIM_IDENTITY", "SUBJECT_IDENTITY", "NO_IDENTITY"},
                    description = "Which identities the file holds; decides who may see it") String classification,
            @Schema(required = true, nullable = true, minimum = "1", description = "The subject the file is about")
            Long subjectId,
            @Schema(required = true) String fileName,
            @Schema(required = true) String mediaType,
            @Schema(required = true, minimum = "0", description = "Bytes") long size,
            @Schema(required = true, format = "date-time") String uploadedAt,
            @Schema(required = true) String uploadedBy) {
    }

    /** {@code CaseJson.page}. */
    @Schema(name = "AllegationPage")
    @JsonbNillable
    public record Page(
            @Schema(required = true, type = SchemaType.ARRAY, implementation = Row.class) List<Row> items,
            @Schema(required = true, minimum = "0") long total,
            @Schema(required = true, minimum = "0") int page,
            @Schema(required = true, minimum = "1", maximum = "200") int size,
            @Schema(required = true, nullable = true, description = "Pass as `after` for the page after this one "
                    + "(keyset paging, as fast at any depth); null on the last page") String next) {
    }

    /** A row of {@code CaseJson.page}. */
    @Schema(name = "AllegationRow")
    @JsonbNillable
    public record Row(
            @Schema(required = true) String reference,
            @Schema(required = true) String mission,
            @Schema(required = true, format = "date") String receivedOn,
            @Schema(required = true, format = "date", nullable = true) String incidentDate,
            @Schema(required = true, enumeration = {"SEA", "OTHER_MISCONDUCT"}) String kind,
            @Schema(required = true, nullable = true, enumeration = {"SEXUAL_EXPLOITATION", "SEXUAL_ABUSE", "OTHER",
                    "UNKNOWN"}) String seaType,
            @Schema(required = true, enumeration = {"PRELIMINARY_ASSESSMENT", "UNDER_REVIEW_LIMITED_INFORMATION",
                    "UNDER_INVESTIGATION", "SUBSTANTIATED", "NOT_SUBSTANTIATED", "CLOSED_OTHER"}) String status,
            @Schema(required = true) boolean referredToMemberState,
            @Schema(required = true, minimum = "0") long version) {
    }

    /** {@code AllegationsResource.viewers}. */
    @Schema(name = "CaseViewers", description = "Who read the case and its identities, newest first")
    @JsonbNillable
    public record Viewers(@Schema(required = true, type = SchemaType.ARRAY, implementation = Viewer.class) List<Viewer> items) {
    }

    /** An entry of {@code AllegationsResource.viewers}. */
    @Schema(name = "CaseViewer")
    @JsonbNillable
    public record Viewer(
            @Schema(required = true, format = "date-time") String at,
            @Schema(required = true, description = "Empty when unknown") String user,
            @Schema(required = true) String action,
            @Schema(required = true, enumeration = {"ALLOWED", "DENIED"}) String outcome,
            @Schema(required = true) String detail) {
    }

    /** {@code IdentityKeysResource.rotate}. */
    @Schema(name = "KeyRotation")
    @JsonbNillable
    public record KeyRotation(
            @Schema(required = true) String activeKey,
            @Schema(required = true, minimum = "0") long reencrypted,
            @Schema(required = true, minimum = "0") long remaining) {
    }
}
