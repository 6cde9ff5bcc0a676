package org.blueledger.statistics.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.allegation.domain.SeaType;
import org.blueledger.statistics.persistence.PersonGroup;
import org.blueledger.statistics.persistence.QuarterlyFiguresRepository;
import org.blueledger.statistics.persistence.QuarterlyFiguresRepository.UnitGroup;
import org.blueledger.statistics.persistence.UnitFilter;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.blueledger.statistics.service.Tallies.codes;
import static org.blueledger.statistics.service.Tallies.ordered;
import static org.blueledger.statistics.service.Tallies.sum;
import static org.blueledger.statistics.service.Tallies.unknownLast;
import static org.blueledger.statistics.service.Tallies.zeros;

/** The tables of the quarterly update, from the grouped counts of {@link QuarterlyFiguresRepository}; called by the gate only. */
@ApplicationScoped
public class QuarterlyFigures {

    @Inject
    QuarterlyFiguresRepository repository;

    /** The quarter {@code year}/{@code quarter} as at {@code asOf}, over the validated and scoped filter. */
    public QuarterlyTables tables(int year, int quarter, LocalDate asOf, UnitFilter f) {
        List<UnitGroup> units = repository.quarterlyUnits(f, asOf);
        long total = units.stream().mapToLong(UnitGroup::units).sum();
        Map<String, Long> byMission = sum(units, UnitGroup::mission, UnitGroup::units, new TreeMap<>());
        Map<String, Long> byCategory = ordered(sum(units, UnitGroup::category, UnitGroup::units, new TreeMap<>()),
                codes(PersonnelCategory.values()), false);
        Map<String, Long> byNationality = sum(units.stream().filter(u -> u.nationality() != null).toList(),
                UnitGroup::nationality, UnitGroup::units, new TreeMap<>(unknownLast(Comparator.naturalOrder())));
        Map<String, Long> byIncidentYear = sum(units, UnitGroup::incidentYear, UnitGroup::units,
                new TreeMap<>(unknownLast(Comparator.<String>reverseOrder())));
        Map<String, Long> byType = ordered(sum(units, UnitGroup::seaType, UnitGroup::units, new TreeMap<>()),
                codes(SeaType.values()), true);
        Map<String, Long> byStatus = ordered(sum(units, UnitGroup::status, UnitGroup::units, new TreeMap<>()),
                codes(AllegationStatus.values()), true);
        long referred = units.stream().filter(UnitGroup::referred).mapToLong(UnitGroup::units).sum();
        return new QuarterlyTables(year, quarter, asOf, f.mission(), total, byMission, byCategory, byNationality,
                byIncidentYear, byType, victims(repository.victims(f)), perpetrators(repository.perpetrators(f)),
                byStatus, referred);
    }

    /** Victims in the seven published categories (sex by age group, unknowns apart) and their total. */
    static Map<String, Long> victims(List<PersonGroup> groups) {
        return total(groups, zeros(List.of("total", "WOMEN", "GIRLS", "FEMALE_AGE_UNKNOWN", "MEN", "BOYS",
                "MALE_AGE_UNKNOWN", "UNKNOWN")), g -> switch (g.first()) {
                    case "FEMALE" -> switch (g.second()) {
                        case "ADULT" -> "WOMEN";
                        case "MINOR" -> "GIRLS";
                        default -> "FEMALE_AGE_UNKNOWN";
                    };
                    case "MALE" -> switch (g.second()) {
                        case "ADULT" -> "MEN";
                        case "MINOR" -> "BOYS";
                        default -> "MALE_AGE_UNKNOWN";
                    };
                    default -> "UNKNOWN";
                });
    }

    /** Alleged perpetrators as men, women or unknown, and their total. */
    static Map<String, Long> perpetrators(List<PersonGroup> groups) {
        return total(groups, zeros(List.of("total", "MEN", "WOMEN", "UNKNOWN")), g -> switch (g.first()) {
            case "MALE" -> "MEN";
            case "FEMALE" -> "WOMEN";
            default -> "UNKNOWN";
        });
    }

    private static Map<String, Long> total(List<PersonGroup> groups, Map<String, Long> into,
                                           java.util.function.Function<PersonGroup, String> key) {
        for (PersonGroup g : groups) {
            into.merge(key.apply(g), g.persons(), Long::sum);
            into.merge("total", g.persons(), Long::sum);
        }
        return into;
    }
}
