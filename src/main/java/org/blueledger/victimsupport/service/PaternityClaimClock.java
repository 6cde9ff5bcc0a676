package org.blueledger.victimsupport.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.deadline.domain.WorkingCalendar;
import org.blueledger.deadline.service.DeadlineQueries;
import org.blueledger.deadline.service.DeadlineSource;
import org.blueledger.deadline.service.DueItem;
import org.blueledger.deadline.service.Holidays;
import org.blueledger.security.service.CallerScope;
import org.blueledger.victimsupport.domain.PaternityClaim;
import org.blueledger.victimsupport.persistence.ClaimRepository;
import org.blueledger.victimsupport.persistence.SupportScope;

import java.time.LocalDate;
import java.util.List;

/**
 * Victim support's deadline clock (domain.md: "UN notifies the member state of a paternity
 * claim: on receipt, flag after 5 working days", rule UN_NOTIFIES_PATERNITY_CLAIM): an open,
 * unpaused claim whose state has not been notified. Shown to those who see the claim (victims'
 * rights officers, HQ, the liaison of the alleged father's state) and picked up by the reminder
 * scan. Computed from the claim on each call, scoped in SQL.
 */
@ApplicationScoped
public class PaternityClaimClock implements DeadlineSource {

    @Inject
    ClaimRepository claims;

    @Inject
    Holidays holidays;

    @Override
    public List<DueItem> dueFor(CallerScope caller, LocalDate today, LocalDate horizon, int limit, String caseRef) {
        SupportScope scope = SupportScope.claims(caller, "c");
        return scope.isNothing() ? List.of() : items(scope, today, horizon, caseRef, limit, false);
    }

    @Override
    public List<DueItem> allDue(LocalDate today, LocalDate horizon, int limit) {
        return items(SupportScope.everything(), today, horizon, null, limit, true);
    }

    private List<DueItem> items(SupportScope scope, LocalDate today, LocalDate horizon, String caseRef, int limit,
                                boolean newestFirst) {
        Object[] rule = claims.notificationRule();
        WorkingCalendar.Unit unit = WorkingCalendar.Unit.valueOf((String) rule[1]);
        LocalDate cutoff = holidays.calendar().latestStartDueBy(horizon, ((Number) rule[0]).intValue(), unit);
        return claims.awaitingNotification(scope, cutoff, caseRef, limit, newestFirst).stream()
                .map(c -> item(c, today)).toList();
    }

    static DueItem item(PaternityClaim c, LocalDate today) {
        return new DueItem(c.getCaseReference(), DeadlineQueries.Kind.PATERNITY_CLAIM_NOTIFICATION.name(),
                c.getNotificationDueOn(), c.getMemberState(), c.getNotificationDueOn().isBefore(today), c.getAllegationId(),
                c.getMissionCode(), "PCN:" + c.getId(), null);
    }
}
