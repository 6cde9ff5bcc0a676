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

    /** Someone a reminder can be sent to. */
    public record Recipient(String username, String email) {
    }

    /** The enabled accounts among {@code usernames} that have an e-mail address. */
    public java.util.List<Recipient> reachable(java.util.Collection<String> usernames) {
        return accounts.addresses(usernames).stream().map(r -> new Recipient((String) r[0], (String) r[1])).toList();
    }

    /** Enabled accounts with a role, in a mission and/or for a member state when given. */
    public java.util.List<String> withRole(Role role, String mission, String memberState) {
        return accounts.usernamesWith(role, mission, memberState);
    }
}
