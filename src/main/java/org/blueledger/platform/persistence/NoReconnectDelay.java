package org.blueledger.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed for lack of a connection three times, five seconds
 * apart, by default: while the database is down, each request then hangs for 10–15 s before
 * failing. The pool validates and replaces broken connections itself, so one immediate retry
 * is enough, and the client gets its 503 (with Retry-After) within a few seconds.
 */
public class NoReconnectDelay implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(1);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
