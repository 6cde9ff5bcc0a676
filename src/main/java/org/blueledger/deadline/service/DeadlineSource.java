package org.blueledger.deadline.service;

import org.blueledger.security.service.CallerScope;

import java.time.LocalDate;
import java.util.List;

/**
 * A port through which another feature adds its own clocks to {@link DeadlineQueries} (and so to
 * the dashboards, {@code GET /api/v1/deadlines}, the case page and the reminder scan) without
 * the case file depending on it: victim support's paternity-claim notification is one. An
 * implementation is a CDI bean; it scopes its own queries in SQL by the caller it is handed,
 * and each item's {@code what} is one of {@link DeadlineQueries.Kind}.
 */
public interface DeadlineSource {

    /** The caller's items due by {@code horizon} (all of one case with {@code caseRef}), at most {@code limit}. */
    List<DueItem> dueFor(CallerScope caller, LocalDate today, LocalDate horizon, int limit, String caseRef);

    /** Every item due by {@code horizon}, newest due first: for the reminder scan only, never for a caller. */
    List<DueItem> allDue(LocalDate today, LocalDate horizon, int limit);
}
