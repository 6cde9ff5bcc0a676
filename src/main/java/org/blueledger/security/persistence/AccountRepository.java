package org.blueledger.security.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.security.domain.Account;
import org.blueledger.security.domain.LockoutPolicy;

import java.time.Instant;

import java.util.Optional;

/** Accounts by user name; joins the caller's transaction. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    public long countAdmins() {
        return em.createNamedQuery("Account.countAdmins", Long.class).getSingleResult();
    }

    /**
     * Counts a failed sign-in atomically in the database (concurrent attempts cannot lose a
     * count) and locks the account when the policy says so. Returns whether it is now locked.
     */
    public boolean recordFailedLogin(Long id, Instant now, LockoutPolicy policy) {
        em.createQuery("UPDATE Account a SET a.failedLogins = a.failedLogins + 1 WHERE a.id = :id")
                .setParameter("id", id).executeUpdate();
        return em.createQuery("UPDATE Account a SET a.lockedUntil = :until, a.failedLogins = 0 "
                        + "WHERE a.id = :id AND a.failedLogins >= :max")
                .setParameter("until", policy.lockedUntil(now)).setParameter("id", id)
                .setParameter("max", policy.maxFailures()).executeUpdate() > 0;
    }

    /**
     * Resets the failure count and notes the sign-in. Written only when something changes or
     * the last note is older than a minute, so API calls (Basic on every request) do not each
     * write, and concurrent requests of one user never conflict. Returns whether it wrote.
     */
    public boolean recordSuccessfulLogin(Long id, Instant now) {
        return em.createQuery("UPDATE Account a SET a.failedLogins = 0, a.lockedUntil = NULL, a.lastLoginAt = :now "
                        + "WHERE a.id = :id AND (a.failedLogins <> 0 OR a.lockedUntil IS NOT NULL "
                        + "OR a.lastLoginAt IS NULL OR a.lastLoginAt < :recent)")
                .setParameter("now", now).setParameter("recent", now.minusSeconds(60)).setParameter("id", id)
                .executeUpdate() > 0;
    }

    public void add(Account account) {
        em.persist(account);
    }
}
