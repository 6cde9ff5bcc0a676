package org.blueledger.security.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.blueledger.security.domain.Account;
import org.blueledger.security.domain.Role;
import org.blueledger.security.persistence.AccountRepository;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in caller for this request: name, roles and scope (mission, member state). Every
 * feature's scoped queries take their predicate values from here.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountRepository accounts;

    private Optional<Account> account;

    /** Set by the authentication of this request (a bearer token), which has just read the account. */
    private String authenticatedName;
    private String authenticatedMission;
    private String authenticatedMemberState;

    /**
     * What the authentication mechanism read of the caller's account in this request, so that
     * {@link #mission()} and {@link #memberState()} need not read it again. Used only while the
     * caller's name is that name.
     */
    public void authenticatedAs(String username, String mission, String memberState) {
        authenticatedName = username;
        authenticatedMission = mission;
        authenticatedMemberState = memberState;
    }

    private boolean knownFromAuthentication() {
        return authenticatedName != null && authenticatedName.equals(getUsername());
    }

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getUsername() {
        Principal p = securityContext.getCallerPrincipal();
        return p == null ? null : p.getName();
    }

    public boolean hasRole(Role role) {
        return securityContext.isCallerInRole(role.name());
    }

    public boolean hasRole(String role) {
        return Role.parse(role).map(this::hasRole).orElse(false);
    }

    public Set<Role> getRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (hasRole(r)) {
                roles.add(r);
            }
        }
        return roles;
    }

    /**
     * The roles the container reports, or, when it reports none for a signed-in caller, those of
     * the caller's account as stored. For display only (the menu): on the error page of a
     * request that ended in a 404, Payara answers no role at all, and the menu lost its entries.
     * Never used for a decision: services and scope() use {@link #getRoles()}.
     */
    public Set<Role> getDisplayRoles() {
        Set<Role> roles = getRoles();
        if (roles.isEmpty() && isSignedIn()) {
            account().ifPresent(a -> roles.addAll(a.getRoles()));
        }
        return roles;
    }

    /** The caller's name, roles and bound mission / member state, for scoped queries. */
    public CallerScope scope() {
        return new CallerScope(getUsername(), getRoles(), mission().orElse(null), memberState().orElse(null));
    }

    /** The mission a conduct officer or chief of conduct works for, if any. */
    public Optional<String> mission() {
        return knownFromAuthentication() ? Optional.ofNullable(authenticatedMission) : account().map(Account::getMissionCode);
    }

    /** The member state (ISO alpha-3) a liaison acts for, if any. */
    public Optional<String> memberState() {
        return knownFromAuthentication() ? Optional.ofNullable(authenticatedMemberState)
                : account().map(Account::getMemberState);
    }

    private Optional<Account> account() {
        if (account == null) {
            String name = getUsername();
            account = name == null ? Optional.empty() : accounts.findByUsername(name);
        }
        return account;
    }
}
