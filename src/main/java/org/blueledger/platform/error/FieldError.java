package org.blueledger.platform.error;

/**
 * One invalid field: its name as the client sent it, an English message for the API, and a
 * message code that pages look up as {@code validation.<code>} in the resource bundles.
 */
public record FieldError(String field, String message, String code) {

    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
