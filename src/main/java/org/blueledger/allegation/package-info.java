/**
 * The case file: allegations of SEA and other misconduct, their subjects and victims, the
 * lifecycle with its dated history, assignments and attachments. Used by conduct officers and
 * chiefs of conduct (write), HQ, investigators, liaisons and victims' rights officers (read,
 * within their scope). Calls security (current user, accounts) and reference data.
 * Also the follow-up: investigations, notes verbales, actions and referrals for criminal
 * accountability (the case's GET lists them).
 */
package org.blueledger.allegation;
