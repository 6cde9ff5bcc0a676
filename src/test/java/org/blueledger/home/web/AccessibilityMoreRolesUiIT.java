package org.blueledger.home.web;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.2 AA ({@link AccessibilityCheck}) on every page of a member state's liaison, victims'
 * rights, the statistician, the auditor and the administrator.
 */
@Order(Integer.MAX_VALUE) // a long class: at one end of the order (see the pom)
class AccessibilityMoreRolesUiIT extends AccessibilityCheck {

    @Test
    void noSeriousOrCriticalViolationAndNoSidewaysScrollOnAnyPageOfTheOtherRoles() throws Exception {
        checkEveryPageOf(MORE_ROLES);
    }
}
