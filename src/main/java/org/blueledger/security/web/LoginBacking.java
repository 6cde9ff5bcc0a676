package org.blueledger.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.blueledger.platform.faces.Messages;
import org.blueledger.security.service.LoginOutcome;

import java.io.IOException;

/** The login page: signs in through the application's authentication mechanism. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginOutcome outcome;

    @Inject
    org.blueledger.security.service.CurrentUser currentUser;

    private String username;
    private String password;

    /**
     * f:viewAction: a caller already signed in has nothing to do here and goes to the dashboard.
     * For everybody else the page is stateless from here on: marked transient before the render
     * phase starts (its {@code f:view} would mark it only while building), so that neither Faces
     * nor PrimeFaces' script nonce opens a server session for an anonymous visit.
     */
    public void redirectIfSignedIn() throws IOException {
        FacesContext.getCurrentInstance().getViewRoot().setTransient(true);
        if (currentUser.isSignedIn()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/dashboard.xhtml");
        }
    }

    /**
     * The script nonce of this response, posted back by the sign-in form as a hidden field: a
     * browser without JavaScript cannot add it itself, and PrimeFaces refuses a postback without
     * it. The page is stateless, so there is no stored nonce it could be compared with anyway.
     */
    public String getScriptNonce() {
        return org.primefaces.context.PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (crossSite(request)) {
            java.util.logging.Logger.getLogger(LoginBacking.class.getName()).warning(() -> "Sign-in refused as cross-site: Origin "
                    + request.getHeader("Origin") + ", Sec-Fetch-Site " + request.getHeader("Sec-Fetch-Site"));
            // the page is stateless, so no view-state token stops another site's form: the browser's word does
            password = null;
            Messages.error(null, "login.error.crossSite");
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.trim(),
                                new Password(password == null ? "" : password))));
        password = null;
        HttpSession pending = request.getSession(false);
        if (pending != null && pending.getAttribute(SessionIdentity.PENDING) != null
                && pending.getAttribute(SessionIdentity.ATTRIBUTE) == null) {
            // the password was right; the second factor is still owed (the container reports this as success)
            external.redirect(request.getContextPath() + "/two-factor.xhtml");
            return;
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(request.getContextPath() + returnTo(request));
            default -> Messages.error(null, outcome.get() == LoginOutcome.Result.LOCKED ? "login.error.locked"
                    : outcome.get() == LoginOutcome.Result.THROTTLED ? "login.error.throttled" : "login.error.invalid");
        }
    }

    /**
     * A sign-in posted by another site's page (login CSRF: the victim would work in the attacker's
     * account): browsers say so in {@code Sec-Fetch-Site}, and older ones (without that header)
     * by an {@code Origin} whose host is not this one. An {@code Origin} of {@code null} says
     * nothing: with {@code Referrer-Policy: no-referrer} Chrome sends that for its own forms.
     */
    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return "cross-site".equalsIgnoreCase(fetchSite.trim());
        }
        String origin = request.getHeader("Origin");
        // "null": the browser withholds the origin (our Referrer-Policy: no-referrer makes Chrome do so)
        if (origin == null || origin.isBlank() || "null".equals(origin.trim())) {
            return false;
        }
        try {
            String originHost = java.net.URI.create(origin.trim()).getHost();
            originHost = originHost == null ? null : originHost.replaceAll("^\\[|\\]$", "");
            String host = request.getHeader("Host");
            String ownHost = host == null ? request.getServerName() : host.replaceFirst(":\\d+$", "").replaceAll("^\\[|\\]$", "");
            return originHost == null || !originHost.equalsIgnoreCase(ownHost);
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    /** The page asked for before sign-in, if it is a path of this application; else the dashboard. */
    static String returnTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(BlueLedgerAuthenticationMechanism.RETURN_TO);
        if (session != null) {
            session.removeAttribute(BlueLedgerAuthenticationMechanism.RETURN_TO);
        }
        String path = target instanceof String s ? s : null;
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/login.xhtml")) {
            return "/dashboard.xhtml";
        }
        return path;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
