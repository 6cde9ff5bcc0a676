package org.blueledger.security.web;

import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Re-sends the session cookie with {@code SameSite=Lax} whenever the session id changes at
 * sign-in. Payara Micro 6.2025.10 ignores the SameSite attribute of {@code SessionCookieConfig};
 * the browser keeps the last Set-Cookie of a name, and ours comes after the container's.
 */
final class SessionCookies {

    private SessionCookies() {
    }

    static void sendWithSameSite(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null || response.isCommitted()) {
            return;
        }
        SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
        String name = config.getName() == null ? "JSESSIONID" : config.getName();
        String path = config.getPath() != null ? config.getPath()
                : request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader("Set-Cookie", name + "=" + session.getId() + "; Path=" + path + "; HttpOnly; SameSite=Lax"
                + (config.isSecure() || request.isSecure() ? "; Secure" : ""));
    }
}
