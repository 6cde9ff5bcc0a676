package org.blueledger.security.service;

import org.blueledger.security.domain.Account;
import org.blueledger.security.domain.Role;

import java.time.Instant;
import java.util.List;

/** An account as the admin API and page show it: never the password hash. */
public record AccountView(String username, List<Role> roles, String mission, String memberState,
                          boolean enabled, boolean locked, Instant lastLoginAt, Instant createdAt, long version,
                          String email) {

    public static AccountView of(Account a, Instant now) {
        return new AccountView(a.getUsername(), a.getRoles().stream().sorted().toList(), a.getMissionCode(),
                a.getMemberState(), a.isEnabled(), a.isLockedAt(now), a.getLastLoginAt(), a.getCreatedAt(),
                a.getVersion(), a.getEmail());
    }
}
