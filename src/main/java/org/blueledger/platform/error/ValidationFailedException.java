package org.blueledger.platform.error;

import java.util.List;

/** Input that failed validation; carries one entry per bad field. Maps to 400. */
public class ValidationFailedException extends BusinessException {

    private final transient List<FieldError> errors;

    public ValidationFailedException(List<FieldError> errors) {
        super("invalid input: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
