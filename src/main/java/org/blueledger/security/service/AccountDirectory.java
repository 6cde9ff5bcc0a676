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
}
