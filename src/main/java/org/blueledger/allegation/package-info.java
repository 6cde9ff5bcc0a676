/**
 * The case kernel: allegations of SEA and other misconduct, their subjects and victims, the
 * lifecycle with its dated history, assignments, attachments, the scope predicate and the case's
 * four deadline clocks. Used by conduct officers and chiefs of conduct (write), HQ,
 * investigators, liaisons and victims' rights officers (read, within their scope).
 * <p>
 * Calls only the shared services below it: security (current user, accounts), audit, reference
 * data and deadline (it contributes its clocks through {@code DeadlineSource} and answers the
 * registry's {@code CaseVisibility}). It imports no feature: the follow-up plugs in through the
 * port {@code service.CaseFollowUp} and calls {@code service.CaseAccess} and {@code service.Cases};
 * victim support calls {@code CaseAccess}. The two named exceptions in {@code LayeringTest}: the
 * case's JSON embeds the follow-up's records, and the follow-up's tabs use the case page's bean.
 */
package org.blueledger.allegation;
