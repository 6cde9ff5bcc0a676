package org.blueledger.platform.error;

/** The request conflicts with the current state (duplicate, stale version, forbidden transition). Maps to 409. */
public class ConflictException extends BusinessException {

    public ConflictException(String message) {
        super(message);
    }
}
