package org.blueledger.security.web;

import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.faces.FormErrors;
import org.blueledger.platform.faces.Messages;

import java.util.List;
import java.util.function.Function;

/**
 * Shows the field errors of an account form (new account, reset, own password) each beside its
 * field, as "label: text" ({@code admin.accounts.field.invalid}) in the page's language: the
 * form says which component and which label a field's error goes to.
 */
final class AccountForms {

    private AccountForms() {
    }

    static void show(List<FieldError> errors, Function<FieldError, String> clientId, Function<FieldError, String> labelKey) {
        for (FieldError error : errors) {
            Messages.error(clientId.apply(error), "admin.accounts.field.invalid", Messages.text(labelKey.apply(error)),
                    FormErrors.text(error));
        }
    }
}
