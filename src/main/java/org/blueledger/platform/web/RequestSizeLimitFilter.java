package org.blueledger.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.blueledger.platform.rest.Problem;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;

/**
 * Refuses API request bodies above the limit with 413 before anything reads them:
 * {@code blueledger.api.max-body-bytes} (1 MiB) for JSON, {@code blueledger.attachments.max-bytes}
 * (10 MiB) plus a margin for attachment uploads. Bodies without a Content-Length are bounded
 * by the reader of each resource.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestSizeLimitFilter extends HttpFilter {

    private static final long DRAIN_MAX = 64L * 1024 * 1024;

    private long jsonLimit;
    private long attachmentLimit;

    @Override
    public void init() {
        var config = ConfigProvider.getConfig();
        jsonLimit = config.getOptionalValue("blueledger.api.max-body-bytes", Long.class).orElse(1_048_576L);
        attachmentLimit = config.getOptionalValue("blueledger.attachments.max-bytes", Long.class).orElse(10_485_760L) + 65_536;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        long limit = request.getRequestURI().endsWith("/attachments") ? attachmentLimit : jsonLimit;
        if (length > limit) {
            if (length <= DRAIN_MAX) {
                // read and drop the body, so that the client gets the answer instead of a reset
                request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } else {
                response.setHeader("Connection", "close");
            }
            response.setStatus(413);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.of(413, "Payload too large",
                    "The request body has " + length + " bytes; the limit is " + limit + ".").toJson());
            return;
        }
        chain.doFilter(request, response);
    }
}
