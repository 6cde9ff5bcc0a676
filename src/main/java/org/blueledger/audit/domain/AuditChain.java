package org.blueledger.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chains of the audit trail, one per partition: each entry's hash is SHA-256 over the
 * previous hash of its partition's chain and the entry's fields, each length-prefixed so no two different entries serialise
 * alike. Times are cut to microseconds, the precision the database keeps.
 */
public final class AuditChain {

    /**
     * The number of independent chains (ADR 0011): each append locks its partition's head row
     * only, so audited requests in different partitions do not wait for each other.
     */
    public static final int PARTITIONS = 16;

    /** The "previous hash" of the first entry of each partition. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static Instant storable(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(String previousHash, Instant at, String username, String action, String reference,
                              AuditOutcome outcome, String detail, String clientAddress) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {previousHash, storable(at).toString(), username, action, reference,
                outcome.name(), detail, clientAddress}) {
            if (field == null) {
                canonical.append("-1:");
            } else {
                canonical.append(field.length()).append(':').append(field);
            }
            canonical.append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
