package org.blueledger.platform.error;

/** The caller may see the record but not do this to it (wrong role or not assigned): 403. */
public class ForbiddenException extends BusinessException {

    public ForbiddenException(String message) {
        super(message);
    }
}
