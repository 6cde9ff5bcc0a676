package org.blueledger.deadline.service;

import java.time.LocalDate;

/**
 * Something owed on a case by a date (domain.md "Deadlines"). {@code what} is one of
 * {@link DeadlineQueries.Kind}; {@code key} identifies the item across scans (kind and row id,
 * or case and member state), so a reminder can be sent once per item and due date.
 */
public record DueItem(String reference, String what, LocalDate dueOn, String memberState, boolean overdue,
                      long allegationId, String mission, String key, Long investigationId) implements java.io.Serializable {
}
