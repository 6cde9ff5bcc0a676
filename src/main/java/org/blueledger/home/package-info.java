/**
 * The UI shell: the dashboard of each role and the navigation filtered by role. Every
 * authenticated role uses it. Calls security (current user, account summary) and reference data.
 */
package org.blueledger.home;
