/**
 * The deadline clocks (domain.md "Deadlines"): the registry every feature contributes its clocks
 * to through one interface, {@link org.blueledger.deadline.service.DeadlineSource} (the case file's
 * four clocks, victim support's paternity-claim notification), and through which the dashboards,
 * the case page, {@code GET /api/v1/deadlines}, the page {@code allegation/due.xhtml} and the
 * reminder scan read every clock; the working calendar, the holidays and the deadline rules.
 * <p>
 * Roles: the case roles (conduct officers, chiefs, investigators, HQ, liaisons, victims' rights
 * officers) read their own items; the reminder scan reads every item as the system.
 * <p>
 * Calls: security (the caller) only. It knows no feature: the case file answers "may this caller
 * see this case?" through the port {@link org.blueledger.deadline.service.CaseVisibility}.
 * Called by allegation, followup, victimsupport, reminder, home and demo.
 */
package org.blueledger.deadline;
