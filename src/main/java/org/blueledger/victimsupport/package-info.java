/**
 * Victim support: paternity and child-support claims and their steps, assistance referrals with
 * the victim's consent, the Trust Fund's projects as providers, the dated log of contacts with a
 * victim, and the victims' rights officer's workspace. Used by victims' rights officers (all of
 * it), the conduct officer assigned to a case (referrals), HQ (claims and referrals without
 * identities), the liaison of the alleged father's state (its nationals' claims, without
 * identities) and the administrator (the Trust Fund's projects). Calls allegation (the case gate
 * CaseAccess, identities; the domain's cases, victims and subjects),
 * security (the caller) and audit, deadline (the working calendar); contributes a deadline clock to deadline's registry
 * through its DeadlineSource port, and observes the erasure of a victim's identity.
 */
package org.blueledger.victimsupport;
