package org.blueledger.allegation.domain;

import org.blueledger.platform.error.ConflictException;

/** A status change the lifecycle does not allow from the current status (409). */
public class InvalidStatusTransitionException extends ConflictException {

    public InvalidStatusTransitionException(AllegationStatus from, AllegationStatus to) {
        super("A case in status " + from + " cannot move to " + to + ".");
    }
}
