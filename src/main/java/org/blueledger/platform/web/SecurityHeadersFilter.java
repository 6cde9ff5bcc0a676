package org.blueledger.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.blueledger.platform.request.ClientAddress;

import java.io.IOException;

/**
 * Security headers on every response. On pages, PrimeFaces (context parameter
 * {@code primefaces.CSP}) adds a second header {@code script-src 'self' 'nonce-…'} with a fresh
 * nonce per response. Browsers enforce every policy they receive, so a script must pass both:
 * it runs only if it comes from the application or carries that response's nonce; the
 * {@code 'unsafe-inline'} of this header is cancelled by the nonce policy. Everything that is
 * not a page (API, static files) gets {@code default-src 'none'}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; frame-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String OTHER_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** The methods any address of the application may answer; every other method gets 405. */
    static final java.util.Set<String> KNOWN_METHODS = java.util.Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        if (!KNOWN_METHODS.contains(request.getMethod())) {
            // QUERY, PROPFIND, FOO …: refused here, before a servlet answers 400, 501 or 505 for them
            // (answered here: a forward to an error page would hand the unknown method to Faces)
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            response.setHeader("Allow", ALLOW);
            response.setHeader("Content-Security-Policy", OTHER_POLICY);
            response.setContentType(org.blueledger.platform.rest.Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(org.blueledger.platform.rest.Problem.of(405, org.blueledger.platform.rest.Problem.titleFor(405),
                    "Method " + request.getMethod() + " is not supported; use one of " + ALLOW + ".").toJson());
            return;
        }
        ClientAddress.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            ClientAddress.clear();
        }
    }

    /**
     * Sets the headers on {@code response}. Also called by the authentication mechanism, which
     * runs before any filter: its 302 and 401 answers get the same headers.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean resource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        boolean api = path.startsWith("/api/");
        response.setHeader("Content-Security-Policy", api || resource ? OTHER_POLICY : PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (!resource) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
