package org.blueledger.allegation.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One victim of a case body, as {@code JsonRecords} binds it and {@code AllegationValidator.victim} checks it. */
@Schema(name = "VictimInput", description = "A victim; send its id back to keep it on a correction")
public record VictimRequest(
        @Schema(description = "The victim's id, when correcting a case", minimum = "1", nullable = true) Long id,
        @Schema(required = true, enumeration = {"MALE", "FEMALE", "UNKNOWN"}) String sex,
        @Schema(required = true, enumeration = {"ADULT", "MINOR", "UNKNOWN"}) String ageGroup,
        @Schema(maxLength = 200, nullable = true) String name,
        @Schema(format = "date", description = "YYYY-MM-DD, not in the future", nullable = true) String dateOfBirth,
        @Schema(maxLength = 500, nullable = true) String contact) {
}
