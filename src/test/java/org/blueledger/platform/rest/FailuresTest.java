package org.blueledger.platform.rest;

import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The database failures of a Galera cluster are answered 409 or 503, never 500 (issue #16). */
class FailuresTest {

    @Test
    void aCertificationConflictIsARetry() {
        SQLException wsrep = new SQLException("WSREP detected deadlock/conflict and aborted the transaction. "
                + "Try restarting the transaction", "40001", 1213);
        assertEquals(Failures.Kind.RETRY, Failures.classify(new RuntimeException(wsrep)));
    }

    @Test
    void aCommitRolledBackWithoutItsCauseIsARetry() {
        assertEquals(Failures.Kind.RETRY, Failures.classify(new jakarta.ejb.EJBException(new RollbackException("rolled back"))));
    }

    @Test
    void aRolledBackCommitKeepsItsPreciseCause() {
        RollbackException rollback = new RollbackException("rolled back");
        rollback.initCause(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062));
        assertEquals(Failures.Kind.DUPLICATE, Failures.classify(rollback));
    }

    @Test
    void aGaleraNodeNotReadyIsUnavailable() {
        SQLException notReady = new SQLException("WSREP has not yet prepared node for application use", "HY000", 1047);
        assertEquals(Failures.Kind.UNAVAILABLE, Failures.classify(notReady));
    }

    @Test
    void aCommitThatLostItsNodeIsUnavailable() {
        jakarta.transaction.SystemException lost = new jakarta.transaction.SystemException();
        lost.initCause(new jakarta.resource.spi.LocalTransactionException("(conn=33) Connection is closed"));
        assertEquals(Failures.Kind.UNAVAILABLE, Failures.classify(new jakarta.ejb.EJBException(lost)));
    }

    @Test
    void aCertificationConflictReportedAtCommitAsTextIsARetry() {
        jakarta.transaction.SystemException commit = new jakarta.transaction.SystemException();
        commit.initCause(new javax.transaction.xa.XAException("jakarta.resource.spi.LocalTransactionException: (conn=19) "
                + "Deadlock found when trying to get lock; try restarting transaction"));
        assertEquals(Failures.Kind.RETRY, Failures.classify(new jakarta.ejb.EJBException("Unable to complete container-managed transaction.", commit)));
    }
}
