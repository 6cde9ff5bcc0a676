package org.blueledger.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.blueledger.security.service.AuthenticationService;
import org.blueledger.security.service.TwoFactorService;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;

/**
 * One mechanism, two faces (Jakarta Security 3 allows only one mechanism per application):
 * <ul>
 *   <li>{@code /api/**}: HTTP Basic on every request, no session; a protected resource without
 *       valid credentials answers 401 with {@code WWW-Authenticate} (the body is a problem
 *       document, written by the error page servlet);</li>
 *   <li>everything else: form sign-in through the login page, which calls
 *       {@code SecurityContext.authenticate}; the identity is then kept in the HTTP session,
 *       whose id is rotated at sign-in. A protected page without a session redirects to the
 *       login page and returns to the requested page afterwards.</li>
 * </ul>
 */
@ApplicationScoped
public class BlueLedgerAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String RETURN_TO = "org.blueledger.security.returnTo";
    static final String REALM = "Basic realm=\"Blue Ledger\", charset=\"UTF-8\"";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AuthenticationService authentication;

    @Inject
    TwoFactorService twoFactor;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return basic(request, response, context);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return formSignIn(request, context, context.getAuthParameters().getCredential());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionIdentity.ATTRIBUTE) instanceof SessionIdentity id) {
            if (isStaticResource(path) || authentication.isActive(id.username())) {
                return context.notifyContainerAboutLogin(id.username(), id.groups());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_TO, path + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decode(header.substring(6).trim());
            if (credential != null) {
                CredentialValidationResult result = identityStores.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(response, context);
        }
        return context.isProtected() ? unauthorized(response, context) : context.doNothing();
    }

    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        HttpServletResponse response = context.getResponse();
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
        SessionIdentity identity = new SessionIdentity(result.getCallerPrincipal().getName(),
                new HashSet<>(result.getCallerGroups()));
        if (twoFactor.stepAfterPassword(identity.username()) != TwoFactorService.Step.NONE) {
            // not signed in yet: the two-factor page finishes the sign-in
            request.getSession(true).setAttribute(SessionIdentity.PENDING, identity);
            SessionCookies.sendWithSameSite(request, response);
            return context.doNothing();
        }
        request.getSession(true).setAttribute(SessionIdentity.ATTRIBUTE, identity);
        SessionCookies.sendWithSameSite(request, response);
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", REALM);
        return context.responseUnauthorized();
    }

    private static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private static UsernamePasswordCredential decode(String token) {
        try {
            String pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
