package org.blueledger.reminder.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.allegation.service.CaseClocks;
import org.blueledger.deadline.service.DeadlineQueries;
import org.blueledger.deadline.service.DueItem;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.reminder.domain.Backoff;
import org.blueledger.reminder.domain.OutboxMail;
import org.blueledger.reminder.domain.ReminderText;
import org.blueledger.reminder.domain.Stage;
import org.blueledger.reminder.persistence.OutboxRepository;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.AccountDirectory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The reminder scan and the outbox's transactions. Each public method is one transaction: the
 * scan's rows are visible to the dispatcher only once the scan has committed, and each mail is
 * marked sent in its own transaction right after the SMTP server accepted it.
 * <p>
 * Runs without a caller (the scheduler) or for an administrator (the API, which checks the role).
 */
@Stateless
@PermitAll
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());

    /** How many items of each clock one scan handles at most (oldest due first). */
    static final int ITEMS_PER_KIND = 2000;

    public record ScanResult(int dueItems, int queued) {
    }

    public record Summary(boolean enabled, long pending, long sent, Instant oldestPendingAt, int maxAttempts) {
    }

    @Inject
    DeadlineQueries deadlines;

    @Inject
    CaseClocks caseClocks;

    @Inject
    AccountDirectory directory;

    @Inject
    OutboxRepository outbox;

    @Inject
    ReminderSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Queues one e-mail per due item, stage and recipient that has none yet. A handful of
     * queries whatever the number of items: who answers for them, the chiefs and liaisons
     * concerned, their addresses and the keys already queued are each read in one go.
     */
    public ScanResult scan() {
        if (!settings.enabled()) {
            return new ScanResult(0, 0);
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<DueItem> items = deadlines.allDue(today, settings.dueSoonDays(), ITEMS_PER_KIND);
        Map<String, Set<String>> responsible = caseClocks.responsible(items);
        Map<String, List<String>> chiefs = new HashMap<>();
        Map<String, List<String>> liaisons = new HashMap<>();
        Map<DueItem, Set<String>> recipients = new LinkedHashMap<>();
        Set<String> everyone = new HashSet<>();
        for (DueItem item : items) {
            Set<String> users = recipients(item, responsible.getOrDefault(item.key(), Set.of()), chiefs, liaisons);
            recipients.put(item, users);
            everyone.addAll(users);
        }
        Map<String, AccountDirectory.Recipient> reachable = new HashMap<>();
        directory.reachable(everyone).forEach(r -> reachable.put(r.username(), r));
        recipients.replaceAll((item, users) -> {
            Set<String> entitled = new LinkedHashSet<>();
            users.stream().filter(u -> reachable.containsKey(u) && mayBeTold(reachable.get(u), item)).forEach(entitled::add);
            return entitled;
        });
        List<String> keys = new ArrayList<>();
        recipients.forEach((item, users) -> users.forEach(u ->
                keys.add(Stage.of(item.dueOn(), today).dedupKey(item.key(), item.dueOn(), u))));
        Set<String> queuedBefore = outbox.existingKeys(keys);
        int queued = 0;
        for (Map.Entry<DueItem, Set<String>> e : recipients.entrySet()) {
            DueItem item = e.getKey();
            Stage stage = Stage.of(item.dueOn(), today);
            ReminderText.Mail mail = null;
            for (String user : e.getValue()) {
                String key = stage.dedupKey(item.key(), item.dueOn(), user);
                if (queuedBefore.contains(key)) {
                    continue;
                }
                if (mail == null) {
                    mail = ReminderText.of(item.reference(), item.mission(), item.what(), item.memberState(),
                            item.dueOn(), stage, settings.caseUrl(item.reference()));
                }
                outbox.enqueue(key, user, reachable.get(user).email(), item.reference(), mail.subject(), mail.body(), now);
                queued++;
            }
        }
        if (queued > 0) {
            audit.recordAs("system", AuditAction.REMINDERS_QUEUED, null, AuditOutcome.ALLOWED,
                    queued + " reminder e-mails for " + items.size() + " due or overdue items");
            int n = queued;
            LOG.info(() -> "Reminders: " + n + " e-mails queued for " + items.size() + " due or overdue items.");
        }
        return new ScanResult(items.size(), queued);
    }

    /**
     * Who is reminded of an item: those assigned to the case (and to the investigation), the
     * mission's chiefs of conduct when the UN still has to notify a state or nobody is assigned,
     * and the liaisons of the state that owes an answer or a report. Chiefs and liaisons are
     * looked up once per mission and state.
     */
    Set<String> recipients(DueItem item, Set<String> responsible, Map<String, List<String>> chiefs,
                           Map<String, List<String>> liaisons) {
        Set<String> users = new LinkedHashSet<>(responsible);
        DeadlineQueries.Kind kind = DeadlineQueries.Kind.valueOf(item.what());
        if (users.isEmpty() || kind == DeadlineQueries.Kind.MEMBER_STATE_NOTIFICATION) {
            users.addAll(chiefs.computeIfAbsent(item.mission(), m -> directory.withRole(Role.CHIEF_OF_CONDUCT, m, null)));
        }
        if (kind == DeadlineQueries.Kind.PATERNITY_CLAIM_NOTIFICATION) {
            // the victims' rights officers, looked up once per scan (kept with the liaisons, whose keys are state codes)
            users.addAll(liaisons.computeIfAbsent("role:VICTIMS_RIGHTS", k -> directory.withRole(Role.VICTIMS_RIGHTS, null, null)));
        }
        if (item.memberState() != null
                && (kind == DeadlineQueries.Kind.NOTE_VERBALE_ANSWER || kind == DeadlineQueries.Kind.ACTION_REPORT)) {
            users.addAll(liaisons.computeIfAbsent(item.memberState(),
                    s -> directory.withRole(Role.MEMBER_STATE_LIAISON, null, s)));
        }
        return users;
    }

    /**
     * Whether an account may still hear of an item today (an assignment outlives a move to
     * another mission or a change of role): conduct staff of the case's mission, an investigator
     * for an investigation, the liaison of the state concerned.
     */
    static boolean mayBeTold(AccountDirectory.Recipient r, DueItem item) {
        boolean missionStaff = (r.roles().contains(Role.CONDUCT_OFFICER) || r.roles().contains(Role.CHIEF_OF_CONDUCT))
                && item.mission().equals(r.mission());
        boolean investigator = r.roles().contains(Role.INVESTIGATOR) && item.investigationId() != null;
        boolean liaison = r.roles().contains(Role.MEMBER_STATE_LIAISON) && item.memberState() != null
                && item.memberState().equals(r.memberState())
                && !DeadlineQueries.Kind.valueOf(item.what()).equals(DeadlineQueries.Kind.MEMBER_STATE_NOTIFICATION)
                && !DeadlineQueries.Kind.valueOf(item.what()).equals(DeadlineQueries.Kind.PATERNITY_CLAIM_NOTIFICATION);
        boolean victimsRights = r.roles().contains(Role.VICTIMS_RIGHTS)
                && DeadlineQueries.Kind.valueOf(item.what()) == DeadlineQueries.Kind.PATERNITY_CLAIM_NOTIFICATION
                && (r.mission() == null || r.mission().equals(item.mission()));
        return missionStaff || investigator || liaison || victimsRights || r.roles().contains(Role.HQ_CONDUCT);
    }

    public List<OutboxMail> claim(String token, int max) {
        Instant now = clock.instant();
        return outbox.claim(token, max, now, now.plusSeconds(settings.leaseSeconds()));
    }

    /** Gives one claimed mail a full lease of its own just before it is sent; false if another instance took it. */
    public boolean renew(long id, String token) {
        return outbox.renew(id, token, clock.instant().plusSeconds(settings.leaseSeconds()));
    }

    /** Marks a mail sent; false when the lease had run out and another instance may have claimed it meanwhile. */
    public boolean sent(long id, String token) {
        return outbox.markSent(id, token, clock.instant());
    }

    /** Gives back the mails of a lease that are still pending, so that another drain may take them at once. */
    public void release(String token) {
        outbox.release(token);
    }

    public void failed(OutboxMail mail, String token, String error) {
        outbox.markFailed(mail.getId(), token, error, clock.instant().plus(Backoff.after(mail.getAttempts() + 1,
                java.time.Duration.ofSeconds(settings.retryBaseSeconds()))));
    }

    public Summary summary() {
        Object[] r = outbox.summary();
        Instant oldest = r[2] instanceof java.sql.Timestamp t ? t.toInstant()
                : r[2] instanceof java.time.LocalDateTime l ? l.toInstant(java.time.ZoneOffset.UTC) : null;
        return new Summary(settings.enabled(), ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), oldest,
                ((Number) r[3]).intValue());
    }
}
