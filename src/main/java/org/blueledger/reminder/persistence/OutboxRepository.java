package org.blueledger.reminder.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.reminder.domain.OutboxMail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The outbox table; joins the caller's transaction. Claims and marks are single SQL statements. */
@ApplicationScoped
public class OutboxRepository {

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    /** Which of these keys the outbox already holds (queued or sent). */
    public java.util.Set<String> existingKeys(List<String> keys) {
        java.util.Set<String> found = new java.util.HashSet<>();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            jakarta.persistence.Query q = em.createNativeQuery("SELECT dedup_key FROM mail_outbox WHERE dedup_key IN ("
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                q.setParameter(i + 1, chunk.get(i));
            }
            for (Object key : q.getResultList()) {
                found.add((String) key);
            }
        }
        return found;
    }

    /**
     * Adds a mail; a row with the same key (written meanwhile by another instance's scan) is left
     * as it is, so a reminder exists once whatever the number of scans and instances.
     */
    public void enqueue(String dedupKey, String username, String address, String reference, String subject,
                        String body, Instant now) {
        em.createNativeQuery("INSERT INTO mail_outbox (dedup_key, recipient_user, recipient_address, reference, subject, "
                        + "body, status, attempts, next_attempt_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', 0, ?7, ?7) "
                        + "ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, dedupKey).setParameter(2, username).setParameter(3, address).setParameter(4, reference)
                .setParameter(5, subject).setParameter(6, body).setParameter(7, Timestamp.from(now)).executeUpdate();
    }

    /**
     * Leases up to {@code max} pending mails that are due for an attempt to {@code token}, oldest
     * first, and returns them. A mail leased by an instance that died becomes claimable again when
     * its lease ends.
     */
    public List<OutboxMail> claim(String token, int max, Instant now, Instant leaseUntil) {
        int claimed = em.createNativeQuery("UPDATE mail_outbox SET claimed_by = ?1, claimed_until = ?2 "
                        + "WHERE status = 'PENDING' AND next_attempt_at <= ?3 AND (claimed_until IS NULL OR claimed_until < ?3) "
                        + "ORDER BY id LIMIT " + Math.max(1, max))
                .setParameter(1, token).setParameter(2, Timestamp.from(leaseUntil)).setParameter(3, Timestamp.from(now))
                .executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.claimedBy = :token AND m.status = :pending ORDER BY m.id",
                        OutboxMail.class)
                .setParameter("token", token).setParameter("pending", OutboxMail.PENDING).getResultList();
    }

    /** Extends the lease on one mail just before it is sent; false if the lease is no longer ours. */
    public boolean renew(long id, String token, Instant until) {
        return em.createNativeQuery("UPDATE mail_outbox SET claimed_until = ?1 WHERE id = ?2 AND claimed_by = ?3 "
                        + "AND status = 'PENDING'")
                .setParameter(1, Timestamp.from(until)).setParameter(2, id).setParameter(3, token).executeUpdate() == 1;
    }

    /** Marks a mail sent, if the lease is still ours. */
    public boolean markSent(long id, String token, Instant now) {
        return em.createNativeQuery("UPDATE mail_outbox SET status = 'SENT', sent_at = ?1, attempts = attempts + 1, "
                        + "claimed_by = NULL, claimed_until = NULL, last_error = NULL WHERE id = ?2 AND claimed_by = ?3")
                .setParameter(1, Timestamp.from(now)).setParameter(2, id).setParameter(3, token).executeUpdate() == 1;
    }

    /** Ends a lease on the mails it still holds pending. */
    public void release(String token) {
        em.createNativeQuery("UPDATE mail_outbox SET claimed_by = NULL, claimed_until = NULL "
                + "WHERE claimed_by = ?1 AND status = 'PENDING'").setParameter(1, token).executeUpdate();
    }

    /** Records a failed attempt and when to try again; the mail stays pending. */
    public void markFailed(long id, String token, String error, Instant nextAttempt) {
        em.createNativeQuery("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?1, next_attempt_at = ?2, "
                        + "claimed_by = NULL, claimed_until = NULL WHERE id = ?3 AND claimed_by = ?4")
                .setParameter(1, error == null ? null : error.substring(0, Math.min(error.length(), 500)))
                .setParameter(2, Timestamp.from(nextAttempt)).setParameter(3, id).setParameter(4, token).executeUpdate();
    }

    /** Counts per status, the oldest pending mail and the most attempts any pending mail has had. */
    public Object[] summary() {
        return (Object[]) em.createNativeQuery("SELECT "
                + "COALESCE(SUM(CASE WHEN status = 'PENDING' THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN status = 'SENT' THEN 1 ELSE 0 END), 0), "
                + "MIN(CASE WHEN status = 'PENDING' THEN created_at END), "
                + "COALESCE(MAX(CASE WHEN status = 'PENDING' THEN attempts END), 0) FROM mail_outbox").getSingleResult();
    }
}
