package org.blueledger.security.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.blueledger.platform.faces.Messages;
import org.blueledger.security.domain.Totp;
import org.blueledger.security.service.TwoFactorService;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * two-factor.xhtml: the second step of a web sign-in. A user who must enrol gets a new secret
 * (to type or scan into any authenticator app) and confirms it with a first code, then sees
 * ten one-time recovery codes; an enrolled user types a code or a recovery code.
 */
@Named
@ViewScoped
public class TwoFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TwoFactorService service;

    private TwoFactorService.Step step;
    private String secret;
    private String code;
    private List<String> recoveryCodes;

    /** f:viewAction: only a user who has just given the right password gets here. */
    public void load() throws IOException {
        if (step != null) {
            return;
        }
        SessionIdentity pending = pending();
        if (pending == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
            return;
        }
        step = service.stepAfterPassword(pending.username());
        if (step == TwoFactorService.Step.ENROL) {
            secret = service.newSecret();
        }
    }

    public void confirm() throws IOException {
        SessionIdentity pending = pending();
        if (pending == null) {
            load();
            return;
        }
        if (step == TwoFactorService.Step.ENROL) {
            List<String> codes = service.confirmEnrolment(pending.username(), secret, code);
            if (codes.isEmpty()) {
                Messages.error("twoFactor:code", "twofactor.code.wrong");
                code = null;
                return;
            }
            recoveryCodes = codes;
            finish(pending, false);
        } else if (service.verify(pending.username(), code)) {
            finish(pending, true);
        } else {
            Messages.error("twoFactor:code", "twofactor.code.wrong");
        }
        code = null;
    }

    /** Completes the sign-in: a new session id, the identity in the session, then on to the page asked for. */
    private void finish(SessionIdentity identity, boolean redirect) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.removeAttribute(SessionIdentity.PENDING);
        session.setAttribute(SessionIdentity.ATTRIBUTE, identity);
        SessionCookies.sendWithSameSite(request, (jakarta.servlet.http.HttpServletResponse) external.getResponse());
        if (redirect) {
            external.redirect(request.getContextPath() + LoginBacking.returnTo(request));
        }
    }

    public void proceed() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        external.redirect(request.getContextPath() + LoginBacking.returnTo(request));
    }

    private static SessionIdentity pending() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session == null ? null : (SessionIdentity) session.getAttribute(SessionIdentity.PENDING);
    }

    public boolean isEnrolling() {
        return step == TwoFactorService.Step.ENROL && recoveryCodes == null;
    }

    public String getSecret() {
        return secret;
    }

    public String getUri() {
        SessionIdentity pending = pending();
        return secret == null || pending == null ? null : Totp.uri("Blue Ledger", pending.username(), secret);
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
