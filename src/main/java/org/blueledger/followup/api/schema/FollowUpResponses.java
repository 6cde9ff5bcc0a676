package org.blueledger.followup.api.schema;

import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The follow-up's answers (written by JSON-B, described in the OpenAPI document): returned by the
 * follow-up endpoints, and embedded in the case's JSON ({@code CaseResponses.Allegation}).
 */
public final class FollowUpResponses {

    private FollowUpResponses() {
    }

    /** {@code FollowUpJson.investigation}. */
    @Schema(name = "Investigation")
    @JsonbNillable
    public record Investigation(
            @Schema(required = true, minimum = "1") long id,
            @Schema(required = true, minimum = "0") long version,
            @Schema(required = true, enumeration = {"OIOS", "MISSION_SIU", "MILITARY_POLICE", "UN_POLICE", "AD_HOC_PANEL",
                    "MEMBER_STATE_NIO", "JOINT_OIOS_MEMBER_STATE", "CONTINGENT_COMMANDER"}) String entity,
            @Schema(required = true, format = "date") String startedOn,
            @Schema(required = true, format = "date") String dueOn,
            @Schema(required = true, format = "date", nullable = true) String completedOn,
            @Schema(required = true, nullable = true, enumeration = {"SUBSTANTIATED", "NOT_SUBSTANTIATED", "CLOSED_OTHER"})
            String finding,
            @Schema(required = true, nullable = true, description = "Days from start to completion") Long durationDays,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = Long.class) List<Long> subjectIds) {
    }

    /** {@code FollowUpJson.notification}. */
    @Schema(name = "Notification", description = "A note verbale to a member state, with its answer and follow-ups")
    @JsonbNillable
    public record Notification(
            @Schema(required = true, minimum = "1") long id,
            @Schema(required = true, minimum = "0") long version,
            @Schema(required = true, pattern = "^[A-Z]{3}$") String memberState,
            @Schema(required = true, format = "date") String sentOn,
            @Schema(required = true) boolean requestsNio,
            @Schema(required = true, format = "date") String responseDueOn,
            @Schema(required = true, nullable = true, enumeration = {"WILL_INVESTIGATE", "DECLINES", "NO_ANSWER"})
            String answer,
            @Schema(required = true, nullable = true) Boolean willInvestigate,
            @Schema(required = true, format = "date", nullable = true) String respondedOn,
            @Schema(required = true, nullable = true) String nioName,
            @Schema(required = true, format = "date", nullable = true) String nioAppointedOn,
            @Schema(required = true) boolean unMustInvestigate,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = FollowUp.class) List<FollowUp> followUps) {
    }

    /** {@code FollowUpJson.followUp}. */
    @Schema(name = "FollowUp")
    @JsonbNillable
    public record FollowUp(
            @Schema(required = true, minimum = "1") long id,
            @Schema(required = true, enumeration = {"REMINDER", "OUTCOME_REQUEST", "ACTION_REQUEST"}) String kind,
            @Schema(required = true, format = "date") String sentOn,
            @Schema(required = true) String by,
            @Schema(required = true, nullable = true) String note) {
    }

    /** {@code FollowUpJson.action}. */
    @Schema(name = "Action")
    @JsonbNillable
    public record Action(
            @Schema(required = true, minimum = "1") long id,
            @Schema(required = true, minimum = "0") long version,
            @Schema(required = true, minimum = "1") long subjectId,
            @Schema(required = true, enumeration = {"INTERIM", "FINAL"}) String stage,
            @Schema(required = true, enumeration = {"UN", "MEMBER_STATE"}) String authority,
            @Schema(required = true) String type,
            @Schema(required = true, format = "date") String decidedOn,
            @Schema(required = true, nullable = true) String details) {
    }

    /** A referral for criminal accountability, as every referral endpoint and the case's GET return it. */
    @Schema(name = "CriminalReferral")
    @JsonbNillable
    public record CriminalReferral(
            @Schema(required = true, minimum = "1") long id,
            @Schema(required = true, minimum = "0") long version,
            @Schema(required = true, minimum = "1") long subjectId,
            @Schema(required = true, pattern = "^[A-Z]{3}$") String referredTo,
            @Schema(required = true, format = "date") String referredOn,
            @Schema(required = true, enumeration = {"PENDING", "PROSECUTED", "CONVICTED", "ACQUITTED", "NO_ACTION",
                    "UNKNOWN"}) String outcome,
            @Schema(required = true, format = "date", nullable = true) String outcomeOn) {
    }
}
