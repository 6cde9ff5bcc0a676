/**
 * The follow-up of a case (issue #6): investigations with their due dates and findings, notes
 * verbales to member states with their answers and follow-up notes, the actions taken on
 * subjects, and referrals for criminal accountability. Its rows hang off a case by id.
 * <p>
 * Roles: conduct officers assigned to the case and the mission's chief (open investigations,
 * notify states, record actions), HQ (notify, record findings), investigators (the findings of
 * their investigations), member-state liaisons (answer their state's notes, record its final
 * actions, the findings of its national investigations).
 * <p>
 * Calls: allegation (the gate {@code CaseAccess}, {@code Cases} for entitlements, assignments and
 * the referral to a member state; the case's domain and view records), deadline (the rules and
 * the working calendar), reference data (countries, action types), audit, security. Implements
 * the kernel's port {@code allegation.service.CaseFollowUp} (the findings a status change needs,
 * the subjects a correction keeps, the follow-up part of the case's view), {@code CaseJsonPart}
 * (its records in the case's JSON answer, {@code api.FollowUpCaseJson}) and {@code CaseTab} (its two
 * tabs on the case page, {@code web.FollowUpTab} and {@code web.CriminalReferralsTab}, includes it
 * owns, whose beans reach the case through the kernel's {@code OpenCase}).
 */
package org.blueledger.followup;
