package org.blueledger.victimsupport.domain;

import org.blueledger.platform.error.ConflictException;

/** A step the claim's lifecycle does not allow from its current status (409). */
public class StepNotAllowedException extends ConflictException {

    public StepNotAllowedException(ClaimStatus status, ClaimStep step, String why) {
        super("A claim in status " + status + " cannot take the step " + step + (why == null ? "." : ": " + why + "."));
    }
}
