/**
 * The case kernel: allegations of SEA and other misconduct, their subjects and victims, the
 * lifecycle with its dated history, assignments, attachments, the scope predicate and the case's
 * four deadline clocks. Used by conduct officers and chiefs of conduct (write), HQ,
 * investigators, liaisons and victims' rights officers (read, within their scope).
 * <p>
 * Calls only the shared services below it: security (current user, accounts), audit, reference
 * data and deadline (it contributes its clocks through {@code DeadlineSource} and answers the
 * registry's {@code CaseVisibility}). It imports no feature: features plug in through its ports
 * ({@code docs/adr/0013-case-kernel-ports.md}): {@code service.CaseFollowUp} (the findings a status
 * change needs, the subjects a correction keeps, the follow-up part of the case's view),
 * {@code service.CaseJsonPart} (their parts of the case's JSON answer), {@code service.CaseTab} and
 * {@code service.OpenCase} (their tabs on the case page, and the case open there); they open a
 * case through {@code service.CaseAccess} / {@code service.Cases} ({@code open}: the case with the
 * caller's entitlements, computed once). No named exception in {@code LayeringTest} concerns it
 * but the demo loader's use of its repository.
 */
package org.blueledger.allegation;
