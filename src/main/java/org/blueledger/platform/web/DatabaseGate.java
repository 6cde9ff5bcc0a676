package org.blueledger.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.blueledger.platform.persistence.DatabaseAvailability;
import org.blueledger.platform.rest.Failures;
import org.blueledger.platform.rest.Problem;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;

/**
 * Answers 503 with {@code Retry-After} at once while the database is known to be unreachable
 * ({@link DatabaseAvailability}), instead of letting every request wait for the connection
 * pool to give up (api.md: "503 ... within 5 seconds"). Static files and the health endpoints
 * are never gated (health reports the outage itself).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DatabaseGate extends HttpFilter {

    @Override
    public void init() {
        DatabaseAvailability.configure(
                ConfigProvider.getConfig().getOptionalValue("blueledger.db.url", String.class).orElse(""));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean exempt = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.startsWith("/health") || path.equals("/favicon.ico");
        if (!exempt && DatabaseAvailability.isDown()) {
            response.setHeader("Retry-After", String.valueOf(Failures.RETRY_AFTER_SECONDS));
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(503);
            response.setCharacterEncoding("UTF-8");
            if (path.startsWith("/api/")) {
                response.setContentType(Problem.MEDIA_TYPE);
                response.getWriter().write(Problem.of(503, "Service unavailable", "The database cannot be reached at the "
                        + "moment; nothing was changed. Retry in a few seconds.").toJson());
            } else {
                response.setContentType("text/plain");
                response.getWriter().write("Blue Ledger cannot reach its database at the moment. Nothing was changed. "
                        + "Please try again in a few seconds.\n");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
