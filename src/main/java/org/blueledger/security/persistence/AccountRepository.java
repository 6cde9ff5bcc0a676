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

    /**
     * User name, e-mail address, mission, member state and one role per row, of the enabled
     * accounts among {@code usernames} that have an address.
     */
    public java.util.List<Object[]> addresses(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<String> names = java.util.List.copyOf(usernames);
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        for (int from = 0; from < names.size(); from += 500) {
            rows.addAll(em.createQuery("SELECT a.username, a.email, a.missionCode, a.memberState, r FROM Account a "
                            + "JOIN a.roles r WHERE a.username IN :names "
                            + "AND a.enabled = TRUE AND a.email IS NOT NULL ORDER BY a.username", Object[].class)
                    .setParameter("names", names.subList(from, Math.min(names.size(), from + 500))).getResultList());
        }
        return rows;
    }

    /** Enabled accounts with a role, limited to a mission and/or a member state when given. */
    public java.util.List<String> usernamesWith(org.blueledger.security.domain.Role role, String mission, String memberState) {
        jakarta.persistence.TypedQuery<String> q = em.createQuery("SELECT DISTINCT a.username FROM Account a "
                + "JOIN a.roles r WHERE r = :role AND a.enabled = TRUE"
                + (mission == null ? "" : " AND a.missionCode = :mission")
                + (memberState == null ? "" : " AND a.memberState = :state") + " ORDER BY a.username", String.class);
        q.setParameter("role", role);
        if (mission != null) {
            q.setParameter("mission", mission);
        }
        if (memberState != null) {
            q.setParameter("state", memberState);
        }
        return q.getResultList();
    }

    /** Writes pending changes now, so that a returned view carries the new version. */
    public void flush() {
        em.flush();
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

    /** Notes a right password without resetting the failure count (two-factor accounts); true when it wrote. */
    public boolean recordPasswordAccepted(Long id, Instant now) {
        return em.createQuery("UPDATE Account a SET a.lastLoginAt = :now WHERE a.id = :id "
                        + "AND (a.lastLoginAt IS NULL OR a.lastLoginAt < :recent)")
                .setParameter("now", now).setParameter("recent", now.minusSeconds(60)).setParameter("id", id)
                .executeUpdate() > 0;
    }

    /** Accepts a TOTP step only once, even under concurrent sign-ins: true when this call won it. */
    public boolean acceptTotpStep(Long id, long step) {
        return em.createQuery("UPDATE Account a SET a.totpLastStep = :step WHERE a.id = :id "
                        + "AND (a.totpLastStep IS NULL OR a.totpLastStep < :step)")
                .setParameter("step", step).setParameter("id", id).executeUpdate() > 0;
    }

    public void addRecoveryCodes(Long userId, java.util.List<String> hashes) {
        em.createNativeQuery("DELETE FROM recovery_code WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
        for (String h : hashes) {
            em.createNativeQuery("INSERT INTO recovery_code (user_id, code_hash) VALUES (?1, ?2)")
                    .setParameter(1, userId).setParameter(2, h).executeUpdate();
        }
    }

    /** Uses a recovery code once: true when an unused code with this hash existed and is now spent. */
    public boolean useRecoveryCode(Long userId, String hash, Instant now) {
        return em.createNativeQuery("UPDATE recovery_code SET used_at = ?1 WHERE user_id = ?2 AND code_hash = ?3 "
                        + "AND used_at IS NULL LIMIT 1")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, userId).setParameter(3, hash)
                .executeUpdate() > 0;
    }

    public void add(Account account) {
        em.persist(account);
    }
}
