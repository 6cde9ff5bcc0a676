package org.blueledger.reminder.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What a reminder says, in English and French (the UN's working languages; accounts carry no
 * language preference yet). Deliberately minimal: the case reference, what is owed, by whom and
 * by when, and a link. No names, no victim or subject details: mail leaves the system's control,
 * so the recipient signs in to read the case (and that read is audited).
 */
public final class ReminderText {

    static final String BUNDLE = "org.blueledger.i18n.messages";

    private ReminderText() {
    }

    public record Mail(String subject, String body) {
    }

    public static Mail of(String reference, String mission, String what, String memberState, LocalDate dueOn,
                          Stage stage, String caseUrl) {
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        ResourceBundle fr = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH);
        String subject = format(en, "mail.reminder.subject." + stage, reference, label(en, what, memberState), dueOn)
                + " / " + format(fr, "mail.reminder.subject." + stage, reference, label(fr, what, memberState), dueOn);
        String body = section(en, reference, mission, what, memberState, dueOn, stage, caseUrl)
                + "\n\n----\n\n"
                + section(fr, reference, mission, what, memberState, dueOn, stage, caseUrl);
        return new Mail(subject, body);
    }

    private static String section(ResourceBundle b, String reference, String mission, String what, String memberState,
                                  LocalDate dueOn, Stage stage, String caseUrl) {
        return format(b, "mail.reminder.body." + stage, reference, mission, label(b, what, memberState), dueOn, caseUrl)
                + "\n\n" + b.getString("mail.reminder.footer");
    }

    private static String label(ResourceBundle b, String what, String memberState) {
        String label = b.getString("dashboard.due." + what);
        return memberState == null || what.equals("INVESTIGATION") ? label : label + " " + memberState;
    }

    private static String format(ResourceBundle b, String key, Object... args) {
        return org.blueledger.platform.i18n.Texts.format(b.getString(key), b.getLocale(), args);
    }
}
