package org.blueledger.followup.api.schema;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The follow-up's request bodies. Each mirrors the fields its resource method reads and the
 * checks of the service it calls.
 */
public final class FollowUpRequests {

    private FollowUpRequests() {
    }

    /** {@code FollowUpResource.startInvestigation}; checked by {@code FollowUpService.startInvestigation}. */
    @Schema(name = "NewInvestigation")
    public record NewInvestigation(
            @Schema(required = true, enumeration = {"OIOS", "MISSION_SIU", "MILITARY_POLICE", "UN_POLICE", "AD_HOC_PANEL",
                    "MEMBER_STATE_NIO", "JOINT_OIOS_MEMBER_STATE", "CONTINGENT_COMMANDER"}) String entity,
            @Schema(required = true, format = "date") String startedOn,
            @Schema(description = "ids of subjects of the case", nullable = true, type = SchemaType.ARRAY, implementation = Long.class) List<Long> subjectIds) {
    }

    /** {@code FollowUpResource.complete}; checked by {@code FollowUpService.completeInvestigation}. */
    @Schema(name = "InvestigationCompletion")
    public record Completion(
            @Schema(required = true, format = "date") String completedOn,
            @Schema(required = true, enumeration = {"SUBSTANTIATED", "NOT_SUBSTANTIATED", "CLOSED_OTHER"}) String finding,
            @Schema(minimum = "0", nullable = true, description = "The investigation's version read; 409 when stale")
            Long version) {
    }

    /** {@code FollowUpResource.notifyMemberState}; checked by {@code FollowUpService.notifyMemberState}. */
    @Schema(name = "NewNotification")
    public record Notification(
            @Schema(required = true, pattern = "^[A-Z]{3}$", description = "ISO 3166 alpha-3") String memberState,
            @Schema(required = true, format = "date") String sentOn,
            @Schema(required = true) Boolean requestsNio) {
    }

    /** {@code FollowUpResource.requestFollowUp}; checked by {@code FollowUpService.requestFollowUp}. */
    @Schema(name = "NewFollowUp", description = "A follow-up note verbale")
    public record FollowUp(
            @Schema(required = true, enumeration = {"REMINDER", "OUTCOME_REQUEST", "ACTION_REQUEST"}) String kind,
            @Schema(required = true, format = "date") String sentOn,
            @Schema(maxLength = 500, nullable = true) String note) {
    }

    /** {@code FollowUpResource.recordAction}; checked by {@code FollowUpService.recordAction}. */
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
