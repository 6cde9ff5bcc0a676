package org.blueledger.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.followup.domain.ActionAuthority;
import org.blueledger.followup.domain.ActionStage;
import org.blueledger.allegation.domain.AgeGroup;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.followup.domain.CaseAction;
import org.blueledger.allegation.domain.CaseAssignment;
import org.blueledger.followup.domain.InvestigatingEntity;
import org.blueledger.followup.domain.Investigation;
import org.blueledger.allegation.domain.InvestigationFinding;
import org.blueledger.allegation.domain.MisconductKind;
import org.blueledger.followup.domain.Notification;
import org.blueledger.allegation.domain.StatusChange;
import org.blueledger.deadline.domain.WorkingCalendar;
import org.blueledger.allegation.persistence.AllegationRepository;
import org.blueledger.allegation.service.AllegationValidator;
import org.blueledger.deadline.service.DeadlineRules;
import org.blueledger.deadline.service.Holidays;
import org.blueledger.allegation.service.IdentityCipher;
import org.blueledger.allegation.service.ValidAllegation;
import org.blueledger.security.service.AccountDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.logging.Logger;

/**
 * Demo mode only: fills an empty case file with {@code blueledger.demo.cases} (200) synthetic
 * cases from {@link DemoCaseGenerator}, filed by the demo conduct officer of the mission when
 * there is one (so the demo accounts have cases assigned to them).
 */
@Singleton
@Startup
@DependsOn("AccountBootstrap")
public class DemoCaseLoader {

    private static final Logger LOG = Logger.getLogger(DemoCaseLoader.class.getName());
    static final long SEED = 20180514L;

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    @Inject
    AllegationRepository repository;

    @Inject
    AllegationValidator validator;

    @Inject
    AccountDirectory directory;

    @Inject
    Clock clock;

    @Inject
    IdentityCipher identities;

    @Inject
    @ConfigProperty(name = "blueledger.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "blueledger.demo.cases", defaultValue = "200")
    int cases;

    @Inject
    Holidays holidays;

    @Inject
    DeadlineRules deadlineRules;

    @PostConstruct
    void load() {
        if (!demo || em.createQuery("SELECT COUNT(a) FROM Allegation a", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        DemoCaseGenerator generator = new DemoCaseGenerator(SEED);
        // filed in order of receipt, so numbers within a mission and year follow the calendar
        List<DemoCaseGenerator.DemoCase> all = IntStream.range(0, cases).mapToObj(i -> generator.generate(i, today))
                .sorted(Comparator.comparing(c -> c.input().receivedOn())).toList();
        int filed = 0;
        for (DemoCaseGenerator.DemoCase c : all) {
            ValidAllegation valid = validator.validate(c.input(), today);
            String officer = "conduct." + valid.mission().toLowerCase();
            String filer = directory.find(officer).isPresent() ? officer : "demo";
            var filedAt = valid.facts().receivedOn().atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC);
            int year = valid.facts().receivedOn().getYear();
            Allegation a = new Allegation(valid.mission(), year, valid.facts(), filedAt, filer);
            a.number(repository.nextNumber(valid.mission(), year));
            for (ValidAllegation.ValidSubject s : valid.subjects()) {
                identities.setSubject(a.addSubject(), s);
            }
            for (ValidAllegation.ValidVictim v : valid.victims()) {
                identities.setVictim(a.addVictim(), v);
            }
            for (DemoCaseGenerator.Step step : c.steps()) {
                a.changeStatus(step.to(), step.reason(), Set.of(),
                        step.on().atTime(LocalTime.of(10, 0)).toInstant(ZoneOffset.UTC), filer);
            }
            repository.add(a);
            repository.add(new CaseAssignment(a.getId(), filer, CaseAssignment.Role.CONDUCT_OFFICER, null, filedAt, filer));
            followUp(a, today, filer, new Random(SEED ^ a.getId()));
            repository.refreshMemberStates(a.getId());
            if (++filed % 100 == 0) {
                // keep the persistence context small: flushing checks every managed entity
                em.flush();
                em.clear();
            }
        }
        LOG.info(() -> "Demo mode: " + cases + " synthetic cases created.");
    }

    /**
     * A plausible follow-up, so that every dashboard and the liaisons' inboxes have something in
     * them: most states of uniformed subjects notified within days and most of them answering;
     * cases under investigation investigated, the older ones to a finding, then substantiated or
     * not; some national actions reported. Deterministic per case.
     */
    private void followUp(Allegation a, LocalDate today, String by, Random r) {
        WorkingCalendar calendar = holidays.calendar();
        java.time.Instant now = clock.instant();
        boolean nio = false;
        Set<String> states = new java.util.TreeSet<>();
        a.getSubjects().stream().filter(s -> s.getPersonnelCategory().isUniformed() && s.getNationality() != null)
                .forEach(s -> states.add(s.getNationality()));
        for (String state : states) {
            LocalDate sent = a.getReceivedOn().plusDays(1 + r.nextInt(8));
            if (r.nextInt(100) >= 85 || sent.isAfter(today)) {
                continue;
            }
            Notification n = new Notification(a.getId(), state, sent, true, due(calendar, sent, "MEMBER_STATE_ANSWERS"), now, by);
            LocalDate answered = calendar.due(sent, 3 + r.nextInt(10), WorkingCalendar.Unit.WORKING_DAYS);
            if (!answered.isAfter(today) && r.nextInt(100) < 75) {
                boolean will = r.nextInt(100) < 80;
                n.answer(will, will ? "Lt. Col. Demo " + (100 + r.nextInt(900)) : null, will ? answered.minusDays(1) : null, answered);
                nio |= will;
            }
            persist(n);
            a.markReferredToMemberState(now, by);
        }
        java.util.Optional<StatusChange> underInvestigation = a.getStatusHistory().stream()
                .filter(h -> h.getToStatus() == AllegationStatus.UNDER_INVESTIGATION).findFirst();
        if (underInvestigation.isEmpty()) {
            return;
        }
        LocalDate started = LocalDate.ofInstant(underInvestigation.get().getChangedAt(), ZoneOffset.UTC);
        boolean minor = a.getVictims().stream().anyMatch(v -> v.getAgeGroup() == AgeGroup.MINOR);
        String rule = a.getKind() == MisconductKind.SEA ? (minor ? "SEA_INVESTIGATION_MINOR_VICTIM" : "SEA_INVESTIGATION")
                : "OTHER_INVESTIGATION";
        InvestigatingEntity entity = nio ? InvestigatingEntity.MEMBER_STATE_NIO
                : a.getKind() == MisconductKind.SEA ? InvestigatingEntity.OIOS : InvestigatingEntity.MISSION_SIU;
        Set<Long> covered = new java.util.HashSet<>();
        a.getSubjects().forEach(s -> covered.add(s.getId()));
        LocalDate due = due(calendar, started, rule);
        Investigation inv = new Investigation(a.getId(), entity, started, due, covered, now, by);
        LocalDate completed = started.plusDays(40 + r.nextInt(Math.max(1, (int) (due.toEpochDay() - started.toEpochDay()))));
        boolean finish = a.getStatus() == AllegationStatus.UNDER_INVESTIGATION && completed.plusDays(10).isBefore(today)
                && r.nextInt(100) < 70;
        InvestigationFinding finding = r.nextInt(100) < 60 ? InvestigationFinding.SUBSTANTIATED : InvestigationFinding.NOT_SUBSTANTIATED;
        if (finish) {
            inv.complete(completed, finding);
        }
        persist(inv);
        if (entity == InvestigatingEntity.OIOS && directory.find("investigator").isPresent()) {
            repository.add(new CaseAssignment(a.getId(), "investigator", CaseAssignment.Role.INVESTIGATOR, inv.getId(), now, by));
        }
        if (!finish) {
            return;
        }
        a.changeStatus(finding == InvestigationFinding.SUBSTANTIATED ? AllegationStatus.SUBSTANTIATED : AllegationStatus.NOT_SUBSTANTIATED,
                null, Set.of(finding), completed.plusDays(5).atTime(LocalTime.of(11, 0)).toInstant(ZoneOffset.UTC), by);
        if (finding != InvestigationFinding.SUBSTANTIATED) {
            return;
        }
        for (var s : a.getSubjects()) {
            LocalDate decided = completed.plusDays(30 + r.nextInt(200));
            if (s.getPersonnelCategory().isUniformed() && states.contains(s.getNationality()) && !decided.isAfter(today)
                    && r.nextInt(100) < 50) {
                persist(new CaseAction(a.getId(), s.getId(), ActionStage.FINAL, ActionAuthority.MEMBER_STATE,
                        r.nextBoolean() ? "IMPRISONMENT" : "DEMOTION", decided, "Demo: reported by the member state", now, by));
            } else if (!s.getPersonnelCategory().isUniformed()) {
                persist(new CaseAction(a.getId(), s.getId(), ActionStage.FINAL, ActionAuthority.UN,
                        "SEPARATION_OR_DISMISSAL", completed.plusDays(20), null, now, by));
            }
        }
    }

    /** Writes a follow-up row at once (its id is needed next). */
    private void persist(Object entity) {
        em.persist(entity);
        em.flush();
    }

    /** The deadline rules, read once per load rather than once per demo case. */
    private final java.util.Map<String, DeadlineRules.Rule> rules = new java.util.HashMap<>();

    private LocalDate due(WorkingCalendar calendar, LocalDate start, String rule) {
        DeadlineRules.Rule r = rules.computeIfAbsent(rule, deadlineRules::rule);
        return calendar.due(start, r.amount(), r.unit());
    }
}
