package org.blueledger.victimsupport.service;

import org.blueledger.victimsupport.domain.ChildSex;
import org.blueledger.victimsupport.domain.ClaimStatus;
import org.blueledger.victimsupport.domain.ClaimStep;
import org.blueledger.victimsupport.domain.Claimant;
import org.blueledger.victimsupport.domain.Party;
import org.blueledger.victimsupport.domain.PaternityOutcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A paternity claim as one caller may see it. {@code claimantName} and the child's name and
 * date of birth are {@code null} (absent in JSON) for every caller not entitled to identities,
 * and {@code identityRestricted} is then {@code true}. {@code steps} list what was recorded.
 */
public record ClaimView(long id, long version, String reference, String mission, long victimId, long subjectId,
                        String memberState, LocalDate receivedOn, Claimant claimant, String claimantName, Child child,
                        boolean identityRestricted, ClaimStatus status, LocalDate memberStateNotificationDueOn,
                        boolean memberStateNotificationOverdue, LocalDate memberStateNotifiedOn, String focalPoint,
                        Party dnaSampleCollectedBy, PaternityOutcome paternityOutcome, LocalDate closedOn,
                        List<ClaimStep> allowedSteps, List<Step> steps) implements java.io.Serializable {

    /** The child: sex always; name and date of birth for entitled callers only. */
    public record Child(String name, LocalDate dateOfBirth, ChildSex sex) implements java.io.Serializable {
    }

    /** One recorded step. */
    public record Step(long id, ClaimStep step, LocalDate on, Party by, String result, BigDecimal amount, String currency,
                       Instant recordedAt, String recordedBy) implements java.io.Serializable {
    }
}
