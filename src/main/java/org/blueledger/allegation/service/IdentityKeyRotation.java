package org.blueledger.allegation.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.platform.crypto.EncryptedColumns;
import org.blueledger.platform.crypto.EncryptedColumns.Column;
import org.blueledger.platform.crypto.FieldCipher;
import org.blueledger.security.domain.Role;

import java.util.List;

/**
 * Key rotation: re-encrypts identity values and two-factor secrets stored under an older key (or still in plaintext)
 * under the active key, a batch per call (one transaction each), so a large case file is
 * rotated by repeating the call until nothing remains. The administrator runs it; it returns
 * counts only, never content.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class IdentityKeyRotation {

    public record Result(String activeKey, int reencrypted, long remaining) {
    }

    private static final List<Column> OWN_COLUMNS = List.of(
            new Column("subject_identity", "subject_id", "name", "subject.name"),
            new Column("subject_identity", "subject_id", "service_number", "subject.serviceNumber"),
            new Column("victim_identity", "victim_id", "name", "victim.name"),
            new Column("victim_identity", "victim_id", "date_of_birth", "victim.dateOfBirth"),
            new Column("victim_identity", "victim_id", "contact", "victim.contact"),
            new Column("app_user", "id", "totp_secret", "account.totpSecret"));

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    @Inject
    FieldCipher cipher;

    @Inject
    AuditLog audit;

    /** The encrypted columns other features contribute (victim support: the child's identity). */
    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<EncryptedColumns> contributed;

    private List<Column> columns() {
        List<Column> all = new java.util.ArrayList<>(OWN_COLUMNS);
        contributed.forEach(c -> all.addAll(c.encryptedColumns()));
        return all;
    }

    public Result rotate(int batchSize) {
        int budget = Math.max(1, Math.min(5000, batchSize));
        int done = 0;
        String current = "enc:v1:" + cipher.activeKeyId() + ":%";
        List<Column> columns = columns();
        for (Column c : columns) {
            if (done >= budget) {
                break;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT " + c.id() + ", " + c.column() + " FROM " + c.table()
                            + " WHERE " + c.column() + " IS NOT NULL AND " + c.column() + " NOT LIKE ?1 ORDER BY " + c.id())
                    .setParameter(1, current).setMaxResults(budget - done).getResultList();
            for (Object[] row : rows) {
                String plain = cipher.decrypt(c.field(), (String) row[1]);
                em.createNativeQuery("UPDATE " + c.table() + " SET " + c.column() + " = ?1 WHERE " + c.id() + " = ?2")
                        .setParameter(1, cipher.encrypt(c.field(), plain)).setParameter(2, row[0]).executeUpdate();
                done++;
            }
        }
        long remaining = 0;
        for (Column c : columns) {
            remaining += ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + c.table() + " WHERE " + c.column()
                    + " IS NOT NULL AND " + c.column() + " NOT LIKE ?1").setParameter(1, current).getSingleResult())
                    .longValue();
        }
        audit.record(AuditAction.KEY_ROTATION, cipher.activeKeyId(), AuditOutcome.ALLOWED,
                done + " values re-encrypted, " + remaining + " remaining");
        return new Result(cipher.activeKeyId(), done, remaining);
    }
}
