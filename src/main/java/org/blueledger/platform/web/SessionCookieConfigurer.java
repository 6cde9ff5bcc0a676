package org.blueledger.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Session cookie attributes: HttpOnly always; SameSite=Lax is requested but Payara Micro
 * 6.2025.10 does not emit it (known gap, see docs/security.md); Secure from
 * {@code blueledger.session.cookie-secure} (true in production behind TLS, false for the
 * plain-HTTP demo). The idle timeout is {@code blueledger.session.timeout-minutes}.
 */
@WebListener
public class SessionCookieConfigurer implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var config = ConfigProvider.getConfig();
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(config.getOptionalValue("blueledger.session.cookie-secure", Boolean.class).orElse(false));
        cookie.setAttribute("SameSite", "Lax");
        cookie.setName("BLUELEDGER_SESSION");
        event.getServletContext().setSessionTimeout(
                config.getOptionalValue("blueledger.session.timeout-minutes", Integer.class).orElse(20));
    }
}
