package org.blueledger.security.service;

import org.blueledger.security.domain.Role;

import java.util.Set;

/**
 * Who is asking, in the terms every scoped query needs: user name, roles, and the mission or
 * member state the account is bound to. Built once per request by {@link CurrentUser}.
 */
public record CallerScope(String username, Set<Role> roles, String mission, String memberState) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
