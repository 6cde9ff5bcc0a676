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

    @Inject
    org.blueledger.security.service.TokenService tokens;

    @Inject
    org.blueledger.security.service.CurrentUser currentUser;

    @Inject
    org.blueledger.security.service.SignInThrottle throttle;

    @Inject
    org.blueledger.security.service.LoginOutcome outcome;

    /** Request attribute: why a 401 was answered, for its problem body. */
    public static final String UNAUTHORIZED_DETAIL = org.blueledger.platform.web.ErrorDispatchServlet.UNAUTHORIZED_DETAIL;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // this runs before the filters: the container's own 302/401/403 answers need the headers too
        org.blueledger.platform.web.SecurityHeadersFilter.apply(request, response);
        try {
            if (org.blueledger.platform.persistence.DatabaseAvailability.isDown() && !isStaticResource(
                    request.getRequestURI().substring(request.getContextPath().length()))) {
                throw new org.blueledger.platform.persistence.DatabaseAvailability.Unavailable();
            }
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            if (org.blueledger.platform.rest.Failures.classify(e) != org.blueledger.platform.rest.Failures.Kind.UNAVAILABLE) {
                throw e;
            }
            // the accounts cannot be read: 503 (the error dispatch writes the problem), never a 500
            org.blueledger.platform.persistence.DatabaseAvailability.suspect();
            request.setAttribute(UNAUTHORIZED_DETAIL, "The database cannot be reached at the moment; nothing was changed. "
                    + "Retry in a few seconds.");
            response.setHeader("Retry-After", String.valueOf(org.blueledger.platform.rest.Failures.RETRY_AFTER_SECONDS));
            try {
                response.sendError(503);
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
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
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokens.authenticate(header.substring(7).trim())
                    .map(c -> {
                        // the account was just read: the request's CurrentUser need not read it again (issue #15)
                        currentUser.authenticatedAs(c.username(), c.groups(), c.mission(), c.memberState());
                        return context.notifyContainerAboutLogin(c.username(), c.groups());
                    })
                    .orElseGet(() -> unauthorized(request, response, context,
                            "The token is not valid: it has expired or ended; ask for a new one at POST /api/v1/auth/tokens."));
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decode(header.substring(6).trim());
            if (credential != null) {
                java.util.OptionalLong wait = throttle.retryAfter(credential.getCaller(), request.getRemoteAddr());
                if (wait.isPresent()) {
                    return tooManyAttempts(request, response, wait.getAsLong());
                }
                CredentialValidationResult result = identityStores.validate(credential);
                if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                    throttle.failed(credential.getCaller(), request.getRemoteAddr());
                }
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    String name = result.getCallerPrincipal().getName();
                    if (!isTokenIssuance(request) && authentication.hasEnrolledSecondFactor(name)) {
                        // the API never skips two-factor sign-in: such an account uses a token
                        return unauthorized(request, response, context, "This account has a second factor: HTTP Basic "
                                + "is accepted only at POST /api/v1/auth/tokens (with the current code); then send "
                                + "Authorization: Bearer <token>.");
                    }
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(response, context);
        }
        return context.isProtected() ? unauthorized(response, context) : context.doNothing();
    }

    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        HttpServletResponse response = context.getResponse();
        String caller = credential instanceof UsernamePasswordCredential upc ? upc.getCaller() : "";
        if (throttle.retryAfter(caller, request.getRemoteAddr()).isPresent()) {
            outcome.throttled();
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(caller, request.getRemoteAddr());
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

    /** A 401 whose problem body says why (read by the error dispatch). */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context, String detail) {
        request.setAttribute(UNAUTHORIZED_DETAIL, detail);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"Blue Ledger\"");
        return context.responseUnauthorized();
    }

    /** 429 with Retry-After, before any password is checked (the error dispatch writes the problem). */
    private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response, long seconds) {
        request.setAttribute(UNAUTHORIZED_DETAIL, "Too many failed attempts from this address; retry in " + seconds + " s.");
        response.setHeader("Retry-After", Long.toString(seconds));
        try {
            response.sendError(429);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isTokenIssuance(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && path.equals("/api/v1/auth/tokens");
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
