package org.blueledger.audit.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class AuditChainTest {

    static final Instant AT = Instant.parse("2026-11-23T10:15:30.123456789Z");

    @Test
    void theHashDependsOnThePreviousHash() {
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, AT, "alice", "CASE_READ", "UNMISS-2018-0001", AuditOutcome.ALLOWED, null, null),
                AuditChain.hash("1".repeat(64), AT, "alice", "CASE_READ", "UNMISS-2018-0001", AuditOutcome.ALLOWED, null, null));
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOtherWithoutChangingTheHash() {
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, AT, "ab", "c", null, AuditOutcome.ALLOWED, null, null),
                AuditChain.hash(AuditChain.GENESIS, AT, "a", "bc", null, AuditOutcome.ALLOWED, null, null));
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, AT, null, "X", null, AuditOutcome.ALLOWED, null, null),
                AuditChain.hash(AuditChain.GENESIS, AT, "", "X", null, AuditOutcome.ALLOWED, null, null));
    }

    @Test
    void theOutcomeIsPartOfTheHash() {
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, AT, "a", "LOGIN", null, AuditOutcome.ALLOWED, null, null),
                AuditChain.hash(AuditChain.GENESIS, AT, "a", "LOGIN", null, AuditOutcome.DENIED, null, null));
    }

    @Test
    void timesAreHashedAtTheMicrosecondsTheDatabaseKeeps() {
        assertEquals(AuditChain.hash(AuditChain.GENESIS, AT, "a", "LOGIN", null, AuditOutcome.ALLOWED, null, null),
                AuditChain.hash(AuditChain.GENESIS, Instant.parse("2026-11-23T10:15:30.123456Z"), "a", "LOGIN", null,
                        AuditOutcome.ALLOWED, null, null));
        assertEquals(64, AuditChain.hash(AuditChain.GENESIS, AT, "a", "LOGIN", null, AuditOutcome.ALLOWED, null, null).length());
    }
}
