package org.blueledger.platform.error;

import jakarta.ejb.ApplicationException;

/** Base of every expected, user-facing failure of a use case (bad input, conflict, not found). */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    protected BusinessException(String message) {
        super(message);
    }
}
