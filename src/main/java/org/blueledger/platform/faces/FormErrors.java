package org.blueledger.platform.faces;

import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.faces.ClientIds;
import org.blueledger.platform.faces.Messages;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows the field errors of a use case next to the fields of a form, in the page's language:
 * {@code subjects[0].sex} goes to the component {@code subjects:0:sex} of the form, wherever the
 * form sits (inside the case page's tab view its client id is {@code tabs:editForm}); an error
 * about a whole list ({@code subjects}) goes next to the list's heading ({@code subjectsHeading})
 * where the form has one. An error whose field the form does not show becomes a message of the
 * page, never a lost one.
 */
public final class FormErrors {

    private static final Pattern ROW = Pattern.compile("(subjects|victims)\\[(\\d+)]\\.(\\w+)");

    private FormErrors() {
    }

    /** The case record's forms (intake, correction, status): labels {@code allegation.field.*}. */
    public static void show(String form, List<FieldError> errors) {
        String formId = ClientIds.of(form);
        for (FieldError e : errors) {
            Matcher m = ROW.matcher(e.field());
            String component;
            String label;
            if (m.matches()) {
                component = m.group(1) + ":" + m.group(2) + ":" + m.group(3);
                label = Messages.text("allegation.field." + m.group(3)) + " (" + (Integer.parseInt(m.group(2)) + 1) + ")";
            } else if (e.field().startsWith("subjects") || e.field().startsWith("victims")) {
                // about the whole list: next to the list's heading where the form has one ("subjectsHeading")
                String list = e.field().replaceAll("\\[.*", "");
                String heading = ClientIds.of(list + "Heading");
                component = heading != null && formId != null && heading.startsWith(formId + ":")
                        ? heading.substring(formId.length() + 1) : null;
                label = Messages.text("allegation.field." + list);
            } else {
                component = e.field();
                label = Messages.text("allegation.field." + e.field());
            }
            Messages.error(component == null || formId == null ? null : formId + ":" + component,
                    "allegation.field.invalid", label, text(e));
        }
    }

    /**
     * Any other form: {@code components} renames a service field to the form's component id
     * where they differ ({@code subjectIds[2]} is the field {@code subjectIds}), {@code label}
     * gives the field's label in the page's language.
     */
    public static void show(String form, List<FieldError> errors, Map<String, String> components, Function<String, String> label) {
        for (FieldError e : errors) {
            String field = e.field().replaceAll("\\[.*", "");
            String clientId = ClientIds.inside(form, components.getOrDefault(field, field));
            Messages.error(clientId, "allegation.field.invalid", label.apply(field), text(e));
        }
    }

    /** The error in the page's language when the service gave a code, its own words otherwise. */
    public static String text(FieldError error) {
        if (error.code() == null) {
            return error.message();
        }
        String text = Messages.text("validation." + error.code());
        return text.startsWith("validation.") ? error.message() : text;
    }

    public static Function<String, String> labels(Map<String, String> keys) {
        return field -> keys.containsKey(field) ? Messages.text(keys.get(field)) : field;
    }
}
