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
import java.util.Objects;
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

    /** The caller's roles as the container answered them in this request, and for whom. */
    private Set<Role> roles;
    private String rolesOf;

    /** Set by the authentication of this request (a bearer token), which has just read the account. */
    private String authenticatedName;
    private String authenticatedMission;
    private String authenticatedMemberState;

    /**
     * What the authentication mechanism read of the caller's account in this request, so that
     * {@link #mission()}, {@link #memberState()} and the roles need not be read or asked again.
     * Used only while the caller's name is that name.
     */
    public void authenticatedAs(String username, Set<String> groups, String mission, String memberState) {
        authenticatedName = username;
        authenticatedMission = mission;
        authenticatedMemberState = memberState;
        Set<Role> granted = EnumSet.noneOf(Role.class);
        groups.forEach(g -> Role.parse(g).ifPresent(granted::add));
        // the mechanism hands exactly these groups to the container, whose roles are the groups' names
        roles = granted;
        rolesOf = username;
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
        return roles().contains(role);
    }

    public boolean hasRole(String role) {
        return Role.parse(role).map(this::hasRole).orElse(false);
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles());
    }

    /**
     * The container's answer for each role, asked once per request and caller: each
     * {@code isCallerInRole} is a policy check of the container's, and a request asks for the
     * caller's scope in every service it passes (a case page: a tenth of its CPU went here).
     * Asked again when the caller changes within the request (a sign-in).
     */
    private Set<Role> roles() {
        String name = getUsername();
        if (roles == null || !Objects.equals(name, rolesOf)) {
            Set<Role> found = EnumSet.noneOf(Role.class);
            for (Role r : Role.values()) {
                if (securityContext.isCallerInRole(r.name())) {
                    found.add(r);
                }
            }
            roles = found;
            rolesOf = name;
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
