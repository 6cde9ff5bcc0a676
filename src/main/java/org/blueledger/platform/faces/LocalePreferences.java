package org.blueledger.platform.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The interface language of this session: English or French (the UN's working languages). */
@Named
@SessionScoped
public class LocalePreferences implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale requested = faces == null ? Locale.ENGLISH : faces.getExternalContext().getRequestLocale();
            locale = requested != null && "fr".equals(requested.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /**
     * Switches language and reloads the current page with a GET (post-redirect-get), with the
     * page's view parameters (the case page keeps its case and its tab).
     */
    public void switchTo(String language) throws IOException {
        locale = "fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH;
        FacesContext faces = FacesContext.getCurrentInstance();
        String viewId = faces.getViewRoot().getViewId();
        faces.getExternalContext().redirect(faces.getApplication().getViewHandler()
                .getRedirectURL(faces, viewId, java.util.Map.of(), true));
    }
}
