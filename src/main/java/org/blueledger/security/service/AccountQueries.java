package org.blueledger.security.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.security.domain.Account;
import org.blueledger.security.domain.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Read side of account administration: pages of accounts, paged and counted in SQL. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccountQueries {

    public static final int MAX_PAGE_SIZE = 200;

    public record Page(List<AccountView> items, long total, int page, int size) {
    }

    public record Summary(long accounts, long locked, long disabled) {
    }

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    @Inject
    Clock clock;

    public Page page(int page, int size) {
        int p = Math.max(0, page);
        int s = Math.min(MAX_PAGE_SIZE, Math.max(1, size));
        Instant now = clock.instant();
        List<AccountView> items = em.createQuery("SELECT a FROM Account a ORDER BY a.username", Account.class)
                .setHint("eclipselink.batch", "a.roles")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(p * s).setMaxResults(s)
                .getResultStream().map(a -> AccountView.of(a, now)).toList();
        long total = em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
        return new Page(items, total, p, s);
    }

    public Optional<AccountView> find(String username) {
        Instant now = clock.instant();
        return em.createNamedQuery("Account.findByUsername", Account.class).setParameter("username", username)
                .getResultStream().findFirst().map(a -> AccountView.of(a, now));
    }

    public Summary summary() {
        Instant now = clock.instant();
        long all = em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
        long locked = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.lockedUntil > :now", Long.class)
                .setParameter("now", now).getSingleResult();
        long disabled = em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.enabled = false", Long.class)
                .getSingleResult();
        return new Summary(all, locked, disabled);
    }
}
