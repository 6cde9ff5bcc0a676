/**
 * The UI shell: the dashboard of each role and the navigation filtered by role. Every
 * authenticated role uses it. Calls security (current user, account summary), reference data and,
 * for the case roles' counts of due and overdue items, deadline's service {@code DeadlineCounts}.
 */
package org.blueledger.home;
