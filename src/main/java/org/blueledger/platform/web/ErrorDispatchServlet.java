package org.blueledger.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.enterprise.inject.spi.CDI;
import org.blueledger.platform.error.AccessDenied;
import org.blueledger.platform.rest.Problem;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Target of every {@code <error-page>}: API requests get a problem+json body with the status
 * (and keep the {@code WWW-Authenticate} header of a 401); pages get the error page, where a
 * forbidden page (403) shows exactly the not-found page, so nobody learns that it exists.
 */
@WebServlet(urlPatterns = "/error-dispatch")
public class ErrorDispatchServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorDispatchServlet.class.getName());

    /** Request attribute an authentication mechanism may set: why it answered 401 (shown in the problem). */
    public static final String UNAUTHORIZED_DETAIL = "blueledger.unauthorized.detail";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null) {
            // asked for directly, not dispatched to by the container: there is nothing here
            response.setStatus(404);
            request.getRequestDispatcher("/WEB-INF/errorpages/404.xhtml").forward(request, response);
            return;
        }
        int status = code instanceof Integer i ? i : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(Math.min(uri.toString().length(), request.getContextPath().length()));
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String incident = null;
        if (error != null && org.blueledger.platform.rest.Failures.classify(error)
                == org.blueledger.platform.rest.Failures.Kind.UNAVAILABLE) {
            // the database cannot be reached (for example while signing in): 503, not an incident
            org.blueledger.platform.persistence.DatabaseAvailability.suspect();
            String cause = error.toString();
            LOG.warning(() -> "Database unreachable while serving " + path + ": " + cause);
            response.setHeader("Retry-After", String.valueOf(org.blueledger.platform.rest.Failures.RETRY_AFTER_SECONDS));
            status = 503;
            error = null;
            request.setAttribute(UNAUTHORIZED_DETAIL, "The database cannot be reached at the moment; nothing was changed. "
                    + "Retry in a few seconds.");
        }
        if (error != null) {
            if (isViewExpired(error) && !path.startsWith("/api/")) {
                response.sendRedirect(request.getContextPath() + "/dashboard.xhtml");
                return;
            }
            if (isUnusableForm(error) && !path.startsWith("/api/") && path.endsWith(".xhtml")) {
                // a form posted with a view state that is no view ("stateless" on a stateful page) or
                // without the script nonce (a browser without JavaScript): the page again, fresh
                String kind = error.getClass().getSimpleName();
                LOG.info(() -> "Form on " + path + " could not be restored (" + kind + "); page sent again");
                response.sendRedirect(request.getContextPath() + path);
                return;
            }
            incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unhandled error on " + path + ", incident " + incident, error);
        }
        if (status >= 500) {
            request.setAttribute("incident", incident);
        }
        if (status == 403) {
            try {
                CDI.current().getBeanManager().getEvent().select(AccessDenied.class).fire(new AccessDenied(
                        request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName(), AccessDenied.targetOf(path), 403,
                        "no role for this address"));
            } catch (RuntimeException auditFailure) {
                LOG.log(Level.SEVERE, "Could not record a denied access", auditFailure);
            }
        }
        if (path.startsWith("/api/")) {
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            Object why = request.getAttribute(UNAUTHORIZED_DETAIL);
            Problem problem = Problem.of(status, Problem.titleFor(status), (status == 429 || status == 503) && why != null ? why.toString()
                    : status == 401 ? (why != null ? why.toString() : "Send HTTP Basic credentials of a Blue Ledger account, or a bearer token.")
                    : incident != null ? "The request could not be completed. Incident " + incident + " has been logged." : null);
            response.getWriter().write(problem.toJson());
            return;
        }
        if (status == 401) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        boolean notFound = status == 403 || status == 404;
        response.setStatus(notFound ? 404 : status);
        request.getRequestDispatcher(notFound ? "/WEB-INF/errorpages/404.xhtml" : "/WEB-INF/errorpages/500.xhtml")
                .forward(request, response);
    }

    private static boolean isUnusableForm(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String type = c.getClass().getName();
            if (type.equals("org.primefaces.csp.CspException")
                    || type.equals("jakarta.faces.FacesException") && c.getMessage() != null
                    && c.getMessage().startsWith("Unable to restore view")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isViewExpired(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getClass().getName().equals("jakarta.faces.application.ViewExpiredException")) {
                return true;
            }
        }
        return false;
    }
}
