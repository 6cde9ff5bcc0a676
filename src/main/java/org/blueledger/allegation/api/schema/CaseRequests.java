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
}
