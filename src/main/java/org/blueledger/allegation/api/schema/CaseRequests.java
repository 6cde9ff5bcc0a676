package org.blueledger.allegation.api.schema;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The smaller request bodies of the case API. Each mirrors the fields its resource method reads
 * with {@code JsonFields} (named in its javadoc) and the checks of the service it calls.
 */
public final class CaseRequests {

    private CaseRequests() {
    }

    /** {@code AllegationsResource.changeStatus}; checked by {@code AllegationService.changeStatus}. */
    @Schema(name = "StatusChange", description = "A move along the lifecycle; reason required for CLOSED_OTHER")
    public record StatusChange(
            @Schema(required = true, enumeration = {"PRELIMINARY_ASSESSMENT", "UNDER_REVIEW_LIMITED_INFORMATION",
                    "UNDER_INVESTIGATION", "SUBSTANTIATED", "NOT_SUBSTANTIATED", "CLOSED_OTHER"}) String status,
            @Schema(maxLength = 2000, nullable = true) String reason,
            @Schema(required = true, minimum = "0", description = "The version read") Long version) {
    }

    /** {@code AllegationsResource.assign}; checked by {@code AllegationService.assign}. */
    @Schema(name = "NewAssignment")
    public record Assignment(
            @Schema(required = true, description = "An account of the case's mission") String username,
            @Schema(required = true, enumeration = {"CONDUCT_OFFICER", "INVESTIGATOR"}) String role,
            @Schema(minimum = "1", nullable = true, description = "For an investigator: the investigation")
            Long investigationId) {
    }

    /** {@code AllegationsResource.erase}; checked by {@code AllegationService.eraseVictimIdentity}. */
    @Schema(name = "ErasureRequest")
    public record Erasure(@Schema(required = true, description = "Why (audited)") String reason) {
    }

    /** {@code AllegationsResource.startInvestigation}; checked by {@code FollowUpService.startInvestigation}. */
    @Schema(name = "NewInvestigation")
    public record NewInvestigation(
            @Schema(required = true, enumeration = {"OIOS", "MISSION_SIU", "MILITARY_POLICE", "UN_POLICE", "AD_HOC_PANEL",
                    "MEMBER_STATE_NIO", "JOINT_OIOS_MEMBER_STATE", "CONTINGENT_COMMANDER"}) String entity,
            @Schema(required = true, format = "date") String startedOn,
            @Schema(description = "ids of subjects of the case", nullable = true, type = SchemaType.ARRAY, implementation = Long.class) List<Long> subjectIds) {
    }

    /** {@code AllegationsResource.complete}; checked by {@code FollowUpService.completeInvestigation}. */
    @Schema(name = "InvestigationCompletion")
    public record Completion(
            @Schema(required = true, format = "date") String completedOn,
            @Schema(required = true, enumeration = {"SUBSTANTIATED", "NOT_SUBSTANTIATED", "CLOSED_OTHER"}) String finding,
            @Schema(minimum = "0", nullable = true, description = "The investigation's version read; 409 when stale")
            Long version) {
    }

    /** {@code AllegationsResource.notifyMemberState}; checked by {@code FollowUpService.notifyMemberState}. */
    @Schema(name = "NewNotification")
    public record Notification(
            @Schema(required = true, pattern = "^[A-Z]{3}$", description = "ISO 3166 alpha-3") String memberState,
            @Schema(required = true, format = "date") String sentOn,
            @Schema(required = true) Boolean requestsNio) {
    }

    /** {@code AllegationsResource.requestFollowUp}; checked by {@code FollowUpService.requestFollowUp}. */
    @Schema(name = "NewFollowUp", description = "A follow-up note verbale")
    public record FollowUp(
            @Schema(required = true, enumeration = {"REMINDER", "OUTCOME_REQUEST", "ACTION_REQUEST"}) String kind,
            @Schema(required = true, format = "date") String sentOn,
            @Schema(maxLength = 500, nullable = true) String note) {
    }

    /** {@code AllegationsResource.recordAction}; checked by {@code FollowUpService.recordAction}. */
    @Schema(name = "NewAction")
    public record Action(
            @Schema(required = true, minimum = "1", description = "A subject of the case") Long subjectId,
            @Schema(required = true, enumeration = {"INTERIM", "FINAL"}) String stage,
            @Schema(required = true, enumeration = {"UN", "MEMBER_STATE"}) String authority,
            @Schema(required = true, description = "An offered action type code (GET /admin/action-types)") String type,
            @Schema(required = true, format = "date") String decidedOn,
            @Schema(maxLength = 2000, nullable = true) String details) {
    }

    /** {@code NotificationsResource.respond}; checked by {@code FollowUpService.respond}. */
    @Schema(name = "NotificationAnswer", description = "The notified state's answer to a note verbale")
    public record NotificationAnswer(
            @Schema(required = true) Boolean willInvestigate,
            @Schema(maxLength = 200, nullable = true, description = "The national investigation officer") String nioName,
            @Schema(format = "date", nullable = true, description = "With nioName") String nioAppointedOn,
            @Schema(required = true, format = "date") String respondedOn,
            @Schema(minimum = "0", nullable = true, description = "The notification's version read; 409 when stale")
            Long version) {
    }
}
