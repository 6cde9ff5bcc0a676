package org.blueledger.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.security.domain.Role;
import org.blueledger.security.persistence.AccountRepository;

import java.util.Optional;
import java.util.Set;

/** Lets features check another account (for example, whom a chief of conduct may assign). */
@ApplicationScoped
public class AccountDirectory {

    public record Entry(String username, Set<Role> roles, String mission, String memberState, boolean enabled) {
    }

    @Inject
    AccountRepository accounts;

    public Optional<Entry> find(String username) {
        return accounts.findByUsername(username).map(a -> new Entry(a.getUsername(), a.getRoles(), a.getMissionCode(),
                a.getMemberState(), a.isEnabled()));
    }

    /** Someone a reminder can be sent to, with what the account may see today. */
    public record Recipient(String username, String email, Set<Role> roles, String mission, String memberState) {
    }

    /** The enabled accounts among {@code usernames} that have an e-mail address. */
    public java.util.List<Recipient> reachable(java.util.Collection<String> usernames) {
        java.util.Map<String, Recipient> found = new java.util.LinkedHashMap<>();
        for (Object[] r : accounts.addresses(usernames)) {
            Recipient known = found.computeIfAbsent((String) r[0], u -> new Recipient(u, (String) r[1],
                    java.util.EnumSet.noneOf(Role.class), (String) r[2], (String) r[3]));
            known.roles().add((Role) r[4]);
        }
        return java.util.List.copyOf(found.values());
    }

    /** Enabled accounts with a role, in a mission and/or for a member state when given. */
    public java.util.List<String> withRole(Role role, String mission, String memberState) {
        return accounts.usernamesWith(role, mission, memberState);
    }
}
