package org.blueledger.victimsupport.api;

import org.blueledger.victimsupport.domain.ChildSex;
import org.blueledger.victimsupport.domain.ClaimStep;
import org.blueledger.victimsupport.domain.Claimant;
import org.blueledger.victimsupport.domain.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The JSON-B request bodies of the paternity-claim endpoints. */
public final class ClaimRequests {

    private ClaimRequests() {
    }

    @Schema(name = "NewPaternityClaim", description = "A claim on a case: one of its victims, one of its subjects as the alleged father")
    public record NewClaim(
            @Schema(required = true, description = "id of a victim of the case") Long victimId,
            @Schema(required = true, description = "id of a subject of the case: the alleged father") Long subjectId,
            @Schema(required = true, format = "date", description = "the day the claim was received") LocalDate receivedOn,
            @Schema(required = true) Claimant claimant,
            @Schema(required = true) Child child) {
    }

    @Schema(name = "PaternityClaimChild", description = "The child; name and date of birth are strictly confidential")
    public record Child(@Schema(maxLength = 200) String name, @Schema(format = "date") LocalDate dateOfBirth,
                 @Schema(required = true) ChildSex sex) {
    }

    @Schema(name = "PaternityClaimStep", description = "One step of a claim; result: the focal point's name "
            + "(FOCAL_POINT_NAMED), the test result (DNA_TEST_RESULT), DNA or ADMISSION (PATERNITY_ESTABLISHED); "
            + "amount and currency only for SUPPORT_PAYMENT")
    public record NewStep(@Schema(required = true) ClaimStep step,
                   @Schema(required = true, format = "date") LocalDate on,
                   @Schema(required = true, description = "the claim's version as read") Long version,
                   @Schema(description = "who collected the DNA sample (required for DNA_SAMPLE_COLLECTED)") Party by,
                   @Schema(maxLength = 500) String result,
                   @Schema(minimum = "0", exclusiveMinimum = true) BigDecimal amount,
                   @Schema(pattern = "[A-Z]{3}", description = "ISO 4217") String currency) {
    }
}
