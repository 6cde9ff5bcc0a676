package org.blueledger.platform.error;

/**
 * The record does not exist or lies outside the caller's scope; both answer the same 404 so
 * that nobody can probe for records they may not see.
 */
public class NotFoundException extends BusinessException {

    public NotFoundException(String message) {
        super(message);
    }
}
