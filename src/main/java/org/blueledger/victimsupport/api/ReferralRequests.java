package org.blueledger.victimsupport.api;

import org.blueledger.victimsupport.domain.ReferralStatus;
import org.blueledger.victimsupport.domain.ReferralType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The JSON-B request bodies of the referral and Trust Fund endpoints. */
public final class ReferralRequests {

    private ReferralRequests() {
    }

    @Schema(name = "NewReferral", description = "A referral to assistance; no referral without the victim's consent")
    public record NewReferral(@Schema(required = true) ReferralType type,
                              @Schema(required = true, format = "date") LocalDate referredOn,
                              @Schema(required = true, maxLength = 200, description = "for TRUST_FUND, the code of an active "
                                      + "Trust Fund project") String provider,
                              @Schema(required = true, format = "date", description = "the day the victim agreed, on or "
                                      + "before referredOn") LocalDate consentOn) {
    }

    @Schema(name = "ReferralChange", description = "Where a referral stands; startedOn needed for IN_PROGRESS, closedOn to end it")
    public record ReferralChange(@Schema(required = true) ReferralStatus status,
                                 @Schema(format = "date") LocalDate startedOn,
                                 @Schema(format = "date") LocalDate closedOn,
                                 @Schema(maxLength = 2000) String notes,
                                 @Schema(required = true) Long version) {
    }

    @Schema(name = "NewTrustFundProject")
    public record NewProject(@Schema(required = true, pattern = "[A-Z0-9][A-Z0-9_-]{1,39}") String code,
                             @Schema(required = true, maxLength = 200) String name,
                             @Schema(pattern = "[A-Z]{3}", description = "ISO 3166 alpha-3, where the project runs") String country) {
    }

    @Schema(name = "TrustFundProjectChange")
    public record ProjectChange(@Schema(required = true, maxLength = 200) String name,
                                @Schema(pattern = "[A-Z]{3}") String country,
                                @Schema(required = true) Boolean active,
                                @Schema(required = true) Long version) {
    }
}
