/**
 * Blue Ledger: conduct and discipline case management for UN peacekeeping. One package per
 * feature (security, reference, home, and, as they land, allegation, investigation,
 * notification, sanction, victimsupport, statistics, audit), with domain / service /
 * persistence / web / api inside; {@code platform} holds shared technical pieces and depends on
 * no feature. See docs/architecture.md.
 */
package org.blueledger;
