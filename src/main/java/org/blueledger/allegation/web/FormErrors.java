package org.blueledger.allegation.web;

import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.faces.Messages;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows the field errors of a use case next to the fields of a form: {@code subjects[0].sex}
 * goes to the component {@code form:subjects:0:sex}, in the page's language.
 */
final class FormErrors {

    private static final Pattern ROW = Pattern.compile("(subjects|victims)\\[(\\d+)]\\.(\\w+)");

    private FormErrors() {
    }

    static void show(String form, List<FieldError> errors) {
        for (FieldError e : errors) {
            Matcher m = ROW.matcher(e.field());
            String clientId;
            String label;
            if (m.matches()) {
                clientId = form + ":" + m.group(1) + ":" + m.group(2) + ":" + m.group(3);
                label = Messages.text("allegation.field." + m.group(3)) + " (" + (Integer.parseInt(m.group(2)) + 1) + ")";
            } else if (e.field().startsWith("subjects") || e.field().startsWith("victims")) {
                clientId = null;
                label = Messages.text("allegation.field." + e.field().replaceAll("\\[.*", ""));
            } else {
                clientId = form + ":" + e.field();
                label = Messages.text("allegation.field." + e.field());
            }
            String text = e.code() == null ? e.message() : Messages.text("validation." + e.code());
            if (text.startsWith("validation.")) {
                text = e.message();
            }
            Messages.error(clientId, "allegation.field.invalid", label, text);
        }
    }
}
