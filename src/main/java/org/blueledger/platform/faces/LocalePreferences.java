package org.blueledger.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The interface language: English or French (the UN's working languages). Signed in, it is kept
 * in the session; before sign-in (the sign-in page must not create a server session for every
 * anonymous visit) in a session cookie, {@value #COOKIE}. Without either, the browser's
 * {@code Accept-Language} decides. Signing out forgets the choice ({@link #forget()}).
 */
@Named
@RequestScoped
public class LocalePreferences {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);
    static final String COOKIE = "BLUELEDGER_LANG";
    static final String ATTRIBUTE = LocalePreferences.class.getName();

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve(FacesContext.getCurrentInstance());
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
        locale = of(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpSession session = (HttpSession) external.getSession(false);
        if (session != null) {
            session.setAttribute(ATTRIBUTE, locale.getLanguage());
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        ((HttpServletResponse) external.getResponse()).addCookie(cookie(request, locale.getLanguage(), -1));
        String viewId = faces.getViewRoot().getViewId();
        external.redirect(faces.getApplication().getViewHandler()
                .getRedirectURL(faces, viewId, java.util.Map.of(), true));
    }

    /** Called at sign-out: the next visitor of this browser starts from its own language again. */
    public static void forget(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    private static Locale resolve(FacesContext faces) {
        if (faces == null) {
            return Locale.ENGLISH;
        }
        ExternalContext external = faces.getExternalContext();
        HttpSession session = (HttpSession) external.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof String chosen) {
            return of(chosen);
        }
        Object cookie = external.getRequestCookieMap().get(COOKIE);
        if (cookie instanceof Cookie c && ("en".equals(c.getValue()) || "fr".equals(c.getValue()))) {
            return of(c.getValue());
        }
        Locale requested = external.getRequestLocale();
        return requested != null && "fr".equals(requested.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }

    private static Locale of(String language) {
        return "fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH;
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
