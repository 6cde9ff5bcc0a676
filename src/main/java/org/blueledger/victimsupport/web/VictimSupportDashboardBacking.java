package org.blueledger.victimsupport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CurrentUser;
import org.blueledger.victimsupport.service.SupportSummary;
import org.blueledger.victimsupport.service.VictimSupportQueries;

/** The victim-support sections of dashboard.xhtml (victims' rights officer; liaison) (WEB-INF/includes/dashboard-victim-support.xhtml): open work in numbers. */
@Named
@RequestScoped
public class VictimSupportDashboardBacking {

    @Inject
    VictimSupportQueries queries;

    @Inject
    CurrentUser user;

    private SupportSummary summary;
    private Long stateClaims;

    public boolean isShown() {
        return user.hasRole(Role.VICTIMS_RIGHTS);
    }

    public boolean isLiaison() {
        return user.hasRole(Role.MEMBER_STATE_LIAISON);
    }

    /** A liaison's open claims against its nationals: the claims its state has steps to take on. */
    public long getStateClaims() {
        if (stateClaims == null) {
            stateClaims = isLiaison() ? queries.openClaimsOfMyState() : 0L;
        }
        return stateClaims;
    }

    public SupportSummary getSummary() {
        if (summary == null && isShown()) {
            summary = queries.summary();
        }
        return summary;
    }
}
