package org.blueledger.allegation.service;

import java.time.LocalDate;

/** Something owed on a case by a date: a member state's answer to a note verbale, or an investigation's end. */
public record DueItem(String reference, String what, LocalDate dueOn, String memberState, boolean overdue) {
}
