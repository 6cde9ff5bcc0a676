package org.blueledger.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the bundle {@code org.blueledger.i18n.messages}, in the view's language. */
public final class Messages {

    public static final String BUNDLE = "org.blueledger.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return org.blueledger.platform.i18n.Texts.format(pattern, bundle.getLocale(), args);
    }

    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    public static void errorText(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
