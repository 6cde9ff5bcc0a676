package org.blueledger.victimsupport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CurrentUser;
import org.blueledger.victimsupport.service.SupportSummary;
import org.blueledger.victimsupport.service.VictimSupportQueries;

/** The victims' rights section of dashboard.xhtml (WEB-INF/includes/dashboard-victim-support.xhtml): open work in numbers. */
@Named
@RequestScoped
public class VictimSupportDashboardBacking {

    @Inject
    VictimSupportQueries queries;

    @Inject
    CurrentUser user;

    private SupportSummary summary;

    public boolean isShown() {
        return user.hasRole(Role.VICTIMS_RIGHTS);
    }

    public SupportSummary getSummary() {
        if (summary == null && isShown()) {
            summary = queries.summary();
        }
        return summary;
    }
}
