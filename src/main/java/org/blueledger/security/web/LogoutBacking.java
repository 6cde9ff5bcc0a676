package org.blueledger.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** Signs out: ends the container login and the HTTP session, then shows the login page. */
@Named
@RequestScoped
public class LogoutBacking {

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        org.blueledger.platform.faces.LocalePreferences.forget(request,
                (jakarta.servlet.http.HttpServletResponse) external.getResponse());
        external.redirect(request.getContextPath() + "/login.xhtml?signedOut=true");
    }
}
