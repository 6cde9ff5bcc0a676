package org.blueledger.allegation.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.CaseAssignment;
import org.blueledger.allegation.persistence.AllegationRepository;
import org.blueledger.security.service.AccountDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
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
        for (DemoCaseGenerator.DemoCase c : all) {
            ValidAllegation valid = validator.validate(c.input(), today);
            String officer = "conduct." + valid.mission().toLowerCase();
            String filer = directory.find(officer).isPresent() ? officer : "demo";
            var filedAt = valid.facts().receivedOn().atTime(LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC);
            int year = valid.facts().receivedOn().getYear();
            Allegation a = new Allegation(valid.mission(), year, repository.nextNumber(valid.mission(), year),
                    valid.facts(), filedAt, filer);
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
        }
        LOG.info(() -> "Demo mode: " + cases + " synthetic cases created.");
    }
}
