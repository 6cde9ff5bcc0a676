/**
 * The follow-up's use cases (FollowUpService: investigations and actions, and the gate of the
 * notes verbales it hands over to NotificationService; CriminalReferralService), their shared
 * input checks (FollowUpInput) and due dates (FollowUpDeadlines), its side of the kernel's port
 * CaseFollowUp (FollowUpParts) and its views (FollowUpViews, CriminalReferralView).
 */
package org.blueledger.followup.service;
