package org.blueledger.victimsupport.web;

import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.faces.Messages;

import java.util.List;

/**
 * Shows a use case's field errors next to the fields of a victim-support form: the field
 * {@code child.name} goes to the component {@code <form>:child_name}, labelled
 * {@code victims.field.child_name}, in the page's language.
 */
final class SupportForms {

    private SupportForms() {
    }

    static void show(String form, List<FieldError> errors) {
        for (FieldError e : errors) {
            String id = e.field().replace('.', '_');
            String text = e.code() == null ? e.message() : Messages.text("validation." + e.code());
            if (text.startsWith("validation.")) {
                text = e.message();
            }
            Messages.error("body".equals(id) ? null : form + ":" + id, "victims.field.invalid",
                    Messages.text("victims.field." + id), text);
        }
    }
}
