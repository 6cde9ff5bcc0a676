package org.blueledger.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CurrentUser;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The navigation of the layout, filtered by the caller's roles. This is for the eye only: the
 * pages themselves are guarded by web.xml constraints and the services by {@code @RolesAllowed}.
 */
@Named
@RequestScoped
public class NavigationBacking {

    /** A menu entry: bundle key of its label, the page, and the roles that see it (empty: everyone). */
    public record Item(String labelKey, String outcome, String icon, Set<Role> roles) {
    }

    static final List<Item> ITEMS = List.of(
            new Item("nav.dashboard", "/dashboard.xhtml", "pi pi-home", EnumSet.noneOf(Role.class)),
            new Item("nav.cases", "/allegation/list.xhtml", "pi pi-folder", EnumSet.of(Role.CONDUCT_OFFICER,
                    Role.CHIEF_OF_CONDUCT, Role.INVESTIGATOR, Role.HQ_CONDUCT, Role.MEMBER_STATE_LIAISON, Role.VICTIMS_RIGHTS)),
            new Item("nav.statistics", "/statistics/index.xhtml", "pi pi-chart-bar", EnumSet.of(Role.STATISTICIAN,
                    Role.HQ_CONDUCT, Role.MEMBER_STATE_LIAISON)),
            new Item("nav.audit", "/audit/log.xhtml", "pi pi-shield", EnumSet.of(Role.AUDITOR)),
            new Item("nav.accounts", "/admin/accounts.xhtml", "pi pi-users", EnumSet.of(Role.ADMIN)),
            new Item("nav.actionTypes", "/admin/action-types.xhtml", "pi pi-list", EnumSet.of(Role.ADMIN)),
            new Item("nav.reference", "/reference/missions.xhtml", "pi pi-globe", EnumSet.noneOf(Role.class)),
            new Item("nav.victims", "/victims/list.xhtml", "pi pi-heart", EnumSet.of(Role.VICTIMS_RIGHTS)),
            new Item("nav.paternityClaims", "/paternity/claims.xhtml", "pi pi-inbox", EnumSet.of(Role.VICTIMS_RIGHTS,
                    Role.HQ_CONDUCT, Role.MEMBER_STATE_LIAISON)),
            new Item("nav.trustFund", "/admin/trust-fund-projects.xhtml", "pi pi-briefcase", EnumSet.of(Role.ADMIN)),
            new Item("nav.password", "/account/password.xhtml", "pi pi-key", EnumSet.noneOf(Role.class)));

    @Inject
    CurrentUser user;

    private List<Item> visible;

    public List<Item> getItems() {
        if (visible == null) {
            Set<Role> roles = user.getDisplayRoles();
            visible = ITEMS.stream()
                    .filter(i -> i.roles().isEmpty() || i.roles().stream().anyMatch(roles::contains))
                    .toList();
        }
        return visible;
    }
}
