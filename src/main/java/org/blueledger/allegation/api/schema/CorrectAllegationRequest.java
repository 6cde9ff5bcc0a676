package org.blueledger.allegation.api.schema;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of {@code PUT /allegations/{reference}}: the fields of {@code FileAllegationRequest} plus the {@code version} read (bound by {@code JsonRecords}). */
@Schema(name = "AllegationCorrection", description = "A corrected case (PUT /allegations/{reference}): the same fields plus the version read; status never changes this way")
public record CorrectAllegationRequest(
        @Schema(required = true, description = "Mission code", example = "UNMISS") String mission,
        @Schema(required = true, format = "date", description = "YYYY-MM-DD, from 1948-01-01, not in the future")
        String receivedOn,
        @Schema(format = "date", nullable = true, description = "YYYY-MM-DD, not after receivedOn") String incidentDate,
        @Schema(required = true, enumeration = {"SEA", "OTHER_MISCONDUCT"}) String kind,
        @Schema(enumeration = {"SEXUAL_EXPLOITATION", "SEXUAL_ABUSE", "OTHER", "UNKNOWN"}, nullable = true,
                description = "SEA only") String seaType,
        @Schema(enumeration = {"EXPLOITATIVE_RELATIONSHIP", "TRANSACTIONAL_SEX", "SOLICITATION_OF_TRANSACTIONAL_SEX",
                "RAPE", "SEXUAL_ASSAULT", "SEXUAL_ACTIVITY_WITH_MINOR"}, nullable = true, description = "SEA only")
        String seaSubtype,
        @Schema(enumeration = {"SERIOUS", "NON_SERIOUS"}, nullable = true, description = "SEA is always SERIOUS")
        String seriousness,
        @Schema(enumeration = {"FRAUD_AND_THEFT", "MISUSE_OF_OFFICE_OR_POSITION", "PROHIBITED_CONDUCT",
                "PROCUREMENT_VIOLATIONS", "TRAFFIC_RELATED_VIOLATIONS", "OBSTRUCTION_OF_ACCOUNTABILITY",
                "FINANCIAL_AND_LEGAL_OBLIGATIONS", "OTHER_UNLAWFUL_ACT", "OTHER_INFRACTIONS"}, nullable = true,
                description = "Other misconduct only") String thematicArea,
        @Schema(required = true, enumeration = {"HOTLINE", "EMAIL", "COMPLAINT_BOX", "IN_PERSON", "COMMUNITY_NETWORK",
                "OIOS", "OTHER"}) String source,
        @Schema(required = true, maxLength = 10000) String summary,
        @Schema(maxLength = 500, nullable = true) String location,
        @Schema(maxItems = 50, nullable = true, type = SchemaType.ARRAY, implementation = SubjectRequest.class) List<SubjectRequest> subjects,
        @Schema(maxItems = 50, nullable = true, type = SchemaType.ARRAY, implementation = VictimRequest.class) List<VictimRequest> victims,
        @Schema(required = true, minimum = "0", description = "The version read") Long version) {
}
