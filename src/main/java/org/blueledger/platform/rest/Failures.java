package org.blueledger.platform.rest;

import jakarta.ws.rs.core.Response;
import org.blueledger.platform.error.FieldError;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

/**
 * Classifies the failures that come from the database rather than from a bug, wherever they
 * are wrapped (EJB, JTA, JPA, EclipseLink, the connection pool): a duplicate key from two
 * clients creating the same thing at once is a 409, a value the schema cannot hold is a 400,
 * a deadlock or lock timeout is a 409 to retry, and an unreachable database is a 503 with
 * {@code Retry-After}. Anything else is left to the caller (an incident, 500).
 *
 * <p>On a Galera cluster a transaction that loses the write-set certification to one committed on
 * another node fails at commit with error 1213 ("WSREP detected deadlock/conflict"), often wrapped
 * by the transaction manager in a {@code RollbackException} whose cause chain may be cut: a commit
 * that was rolled back changed nothing, so it is a 409 to retry as well.
 */
public final class Failures {

    /** Seconds a client should wait before retrying while the database cannot be reached. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public enum Kind { DUPLICATE, BAD_VALUE, RETRY, UNAVAILABLE }

    private Failures() {
    }

    /** What kind of database failure this is, or {@code null} when it is none of them. */
    public static Kind classify(Throwable e) {
        int hops = 0;
        Kind fallback = null;
        boolean deadlock = false;
        for (Throwable c = e; c != null && hops++ < 64; c = next(c)) {
            String type = c.getClass().getName();
            String message = String.valueOf(c.getMessage());
            if (message.contains("Deadlock found when trying to get lock") || message.contains("WSREP detected deadlock")) {
                // 1213 at commit, where the pool keeps only its text (XAException, LocalTransactionException)
                deadlock = true;
            }
            if (type.equals("jakarta.transaction.RollbackException")
                    || type.equals("org.eclipse.persistence.exceptions.TransactionException") && message.contains("rolled back")) {
                fallback = Kind.RETRY; // unless something more precise is further down the chain
            }
            if (fallback == null && (type.equals("jakarta.transaction.SystemException")
                    || type.equals("jakarta.resource.spi.LocalTransactionException"))) {
                // the commit could not reach the database (a node died during it): retry later
                fallback = Kind.UNAVAILABLE;
            }
            if (c instanceof SQLIntegrityConstraintViolationException) {
                return Kind.DUPLICATE;
            }
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof ConnectException) {
                return Kind.UNAVAILABLE;
            }
            if (c instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                int code = sql.getErrorCode();
                if (code == 1062 || code == 1452 || code == 1451 || state.startsWith("23")) {
                    return Kind.DUPLICATE;
                }
                if (code == 1213 || code == 1205 || state.startsWith("40")) {
                    return Kind.RETRY;
                }
                if (state.startsWith("08") || code == 2002 || code == 2003 || code == 2006 || code == 2013
                        || code == 1927 || code == 1053
                        // a Galera node that is joining or cut off from the cluster's majority: "WSREP has not yet
                        // prepared node for application use"; the pool's next connection goes to a node that serves
                        || code == 1047) {
                    return Kind.UNAVAILABLE;
                }
                if (state.startsWith("22") || code == 1366 || code == 1406 || code == 1264 || code == 1292) {
                    return Kind.BAD_VALUE;
                }
            }
            String name = c.getClass().getName();
            if (name.endsWith("PoolingException") || name.endsWith("ResourceAllocationException")
                    || name.equals("jakarta.resource.ResourceException")
                    || name.equals("jakarta.resource.spi.ResourceAllocationException")) {
                return Kind.UNAVAILABLE;
            }
            if (name.equals("org.eclipse.persistence.exceptions.DatabaseException")) {
                String m = String.valueOf(c.getMessage());
                if (m.contains("Error Code: 4002") || m.contains("Communications link failure")
                        || m.contains("Could not connect") || m.contains("Connection refused")
                        || m.contains("Socket fail") || m.contains("Connection could not be allocated")) {
                    return Kind.UNAVAILABLE;
                }
            }
        }
        return deadlock ? Kind.RETRY : fallback;
    }

    /** The problem answer for a database failure, or {@code null} when {@code e} is not one. */
    public static Response toProblem(Throwable e) {
        Kind kind = classify(e);
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case DUPLICATE -> Problem.of(409, "Conflict", "The same record was created or changed by another "
                    + "request at the same time; read it again before retrying.").toResponse();
            case BAD_VALUE -> Problem.validation(List.of(new FieldError("body",
                    "holds a value that cannot be stored (too long or out of range)"))).toResponse();
            case RETRY -> Problem.of(409, "Conflict", "Another request changed the same records at the same time; "
                    + "retry the request.").toResponse();
            case UNAVAILABLE -> {
                org.blueledger.platform.persistence.DatabaseAvailability.suspect();
                yield unavailable();
            }
        };
    }

    public static Response unavailable() {
        Response r = Problem.of(503, "Service unavailable", "The database cannot be reached at the moment; "
                + "nothing was changed. Retry in a few seconds.").toResponse();
        return Response.fromResponse(r).header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).build();
    }

    private static Throwable next(Throwable c) {
        Throwable n = c.getCause();
        if (n == null && c instanceof SQLException sql) {
            n = sql.getNextException();
        }
        if (n == null) {
            // EclipseLink and the pool sometimes keep the cause elsewhere
            try {
                Object internal = c.getClass().getMethod("getInternalException").invoke(c);
                if (internal instanceof Throwable t && t != c) {
                    n = t;
                }
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // no such accessor
            }
        }
        return n == c ? null : n;
    }
}
