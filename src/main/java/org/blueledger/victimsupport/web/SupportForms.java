package org.blueledger.victimsupport.web;

import org.blueledger.platform.error.BusinessException;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.FormErrors;
import org.blueledger.platform.faces.Messages;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Shows a use case's field errors next to the fields of a victim-support form: the field
 * {@code child.name} goes to the component {@code <form>:child_name}, labelled
 * {@code victims.field.child_name}, in the page's language; and submits a form to its use case
 * the one way every victim-support form does ({@link #submit}).
 */
final class SupportForms {

    private SupportForms() {
    }

    static void show(String form, List<FieldError> errors) {
        for (FieldError e : errors) {
            String id = e.field().replace('.', '_');
            Messages.error("body".equals(id) ? null : form + ":" + id, "victims.field.invalid",
                    Messages.text("victims.field." + id), FormErrors.text(e));
        }
    }

    /**
     * Runs {@code useCase} for the form {@code form}: on success the message {@code doneKey} and
     * {@code outcome} (the page's reload, PRG); otherwise null, the form stays, with the field
     * errors beside the fields and any other refusal (404, 403, 409) as a message of the page.
     */
    static String submit(String form, Runnable useCase, String doneKey, Supplier<String> outcome) {
        return submit(useCase, doneKey, outcome, errors -> show(form, errors));
    }

    /** {@link #submit(String, Runnable, String, Supplier)} with the field errors shown by {@code fieldErrors}. */
    static String submit(Runnable useCase, String doneKey, Supplier<String> outcome, Consumer<List<FieldError>> fieldErrors) {
        try {
            useCase.run();
            Messages.info(doneKey);
            return outcome.get();
        } catch (ValidationFailedException e) {
            fieldErrors.accept(e.errors());
            return null;
        } catch (BusinessException e) {
            Messages.errorText(null, e.getMessage());
            return null;
        }
    }
}
