package org.blueledger.victimsupport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.error.BusinessException;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CurrentUser;
import org.blueledger.victimsupport.service.CaseSupport;
import org.blueledger.victimsupport.service.VictimSupportQueries;

import java.util.List;

/**
 * The victim-support tab of allegation/view.xhtml (WEB-INF/includes/case-victim-support.xhtml):
 * the case's referrals and claims as the caller may see them, with links to the victims' pages
 * for the victims' rights officer. Reads the case reference from the page's {@code ref} parameter.
 */
@Named
@RequestScoped
public class CaseVictimSupportBacking {

    @Inject
    VictimSupportQueries queries;

    @Inject
    CurrentUser user;

    private CaseSupport support;

    public boolean isShown() {
        return user.getRoles().stream().anyMatch(r -> r == Role.VICTIMS_RIGHTS || r == Role.HQ_CONDUCT
                || r == Role.CONDUCT_OFFICER || r == Role.CHIEF_OF_CONDUCT || r == Role.MEMBER_STATE_LIAISON);
    }

    public boolean isVictimsRights() {
        return user.hasRole(Role.VICTIMS_RIGHTS);
    }

    public CaseSupport getSupport() {
        if (support == null) {
            String ref = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("ref");
            try {
                support = ref == null || !isShown() ? new CaseSupport(List.of(), List.of()) : queries.ofCase(ref);
            } catch (BusinessException e) {
                support = new CaseSupport(List.of(), List.of());
            }
        }
        return support;
    }
}
