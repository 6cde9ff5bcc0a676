package org.blueledger.allegation.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One subject of a case body, as {@code JsonRecords} binds it and {@code AllegationValidator.subject} checks it. */
@Schema(name = "SubjectInput", description = "A subject (alleged perpetrator); send its id back to keep it on a correction")
public record SubjectRequest(
        @Schema(description = "The subject's id, when correcting a case", minimum = "1", nullable = true) Long id,
        @Schema(required = true, enumeration = {"INTERNATIONAL_STAFF", "NATIONAL_STAFF", "UN_VOLUNTEER",
                "MILITARY_CONTINGENT", "MILITARY_OBSERVER", "STAFF_OFFICER", "UN_POLICE", "FORMED_POLICE_UNIT",
                "CONTRACTOR"}) String personnelCategory,
        @Schema(description = "ISO 3166 alpha-3; required for uniformed personnel", pattern = "^[A-Z]{3}$",
                nullable = true) String nationality,
        @Schema(required = true, enumeration = {"MALE", "FEMALE", "UNKNOWN"}) String sex,
        @Schema(maxLength = 100, nullable = true) String rank,
        @Schema(maxLength = 200, nullable = true) String unit,
        @Schema(maxLength = 200, nullable = true) String name,
        @Schema(maxLength = 100, nullable = true) String serviceNumber) {
}
