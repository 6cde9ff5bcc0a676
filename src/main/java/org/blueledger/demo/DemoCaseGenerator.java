package org.blueledger.demo;

import org.blueledger.allegation.service.AllegationInput;
import org.blueledger.allegation.domain.AgeGroup;
import org.blueledger.allegation.domain.AllegationSource;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.MisconductKind;
import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.allegation.domain.SeaSubtype;
import org.blueledger.allegation.domain.SeaType;
import org.blueledger.allegation.domain.Sex;
import org.blueledger.allegation.domain.ThematicArea;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic synthetic cases in plausible proportions (missions, kinds, categories,
 * nationalities, victims, statuses), for the demo and, later, for benchmarks: case {@code i}
 * depends only on the seed and {@code i}, so any number can be produced in a stream. Every
 * name is obviously fictitious.
 */
public final class DemoCaseGenerator {

    /** A generated case: what is filed, and the status moves that follow, with their dates. */
    public record DemoCase(AllegationInput input, List<Step> steps) {
    }

    public record Step(AllegationStatus to, LocalDate on, String reason) {
    }

    private record Weighted<T>(T value, int weight) {
    }

    private static final List<Weighted<String>> MISSIONS = List.of(
            new Weighted<>("MINUSCA", 30), new Weighted<>("MONUSCO", 24), new Weighted<>("UNMISS", 16),
            new Weighted<>("MINUSMA", 8), new Weighted<>("UNIFIL", 4), new Weighted<>("UNISFA", 4),
            new Weighted<>("MINURSO", 2), new Weighted<>("UNFICYP", 2), new Weighted<>("UNMIK", 2),
            new Weighted<>("MINUSTAH", 4), new Weighted<>("UNAMID", 4));
    private static final List<String> CONTRIBUTORS = List.of("NPL", "BGD", "PAK", "IND", "RWA", "ZAF", "TZA", "GAB",
            "CMR", "BDI", "MAR", "EGY", "SEN", "GHA", "NGA", "URY", "ZMB", "MWI", "COG", "TGO", "BFA", "NER", "KEN");
    private static final List<String> CIVILIAN_NATIONALITIES = List.of("FRA", "USA", "GBR", "KEN", "UGA", "CAN",
            "ITA", "ETH", "PHL", "CMR", "SSD", "CAF", "COD");

    private final long seed;

    public DemoCaseGenerator(long seed) {
        this.seed = seed;
    }

    /** Case number {@code i} (0-based), received no later than {@code today}. */
    public DemoCase generate(int i, LocalDate today) {
        Random r = new Random(seed * 1_000_003L + i);
        String mission = pick(r, MISSIONS);
        LocalDate[] window = window(mission, today);
        long span = Math.max(1, window[1].toEpochDay() - window[0].toEpochDay());
        LocalDate received = LocalDate.ofEpochDay(window[0].toEpochDay() + (long) (r.nextDouble() * span));
        LocalDate incident = r.nextInt(100) < 15 ? null : received.minusDays(r.nextInt(400));
        boolean sea = r.nextInt(100) < 60;
        SeaType seaType = sea ? pick(r, List.of(new Weighted<>(SeaType.SEXUAL_EXPLOITATION, 65),
                new Weighted<>(SeaType.SEXUAL_ABUSE, 25), new Weighted<>(SeaType.OTHER, 5),
                new Weighted<>(SeaType.UNKNOWN, 5))) : null;
        SeaSubtype subtype = !sea ? null : switch (seaType) {
            case SEXUAL_EXPLOITATION -> r.nextBoolean() ? SeaSubtype.TRANSACTIONAL_SEX : SeaSubtype.EXPLOITATIVE_RELATIONSHIP;
            case SEXUAL_ABUSE -> r.nextBoolean() ? SeaSubtype.SEXUAL_ASSAULT : SeaSubtype.SEXUAL_ACTIVITY_WITH_MINOR;
            default -> null;
        };
        ThematicArea area = sea ? null : ThematicArea.values()[r.nextInt(ThematicArea.values().length)];
        String seriousness = sea || r.nextInt(100) < 45 ? "SERIOUS" : "NON_SERIOUS";
        AllegationSource source = AllegationSource.values()[r.nextInt(AllegationSource.values().length)];

        List<AllegationInput.SubjectInput> subjects = new ArrayList<>();
        int nSubjects = 1 + (r.nextInt(100) < 20 ? 1 + r.nextInt(2) : 0);
        String contingent = CONTRIBUTORS.get(r.nextInt(CONTRIBUTORS.size()));
        for (int s = 0; s < nSubjects; s++) {
            PersonnelCategory category = pick(r, sea
                    ? List.of(new Weighted<>(PersonnelCategory.MILITARY_CONTINGENT, 55),
                    new Weighted<>(PersonnelCategory.FORMED_POLICE_UNIT, 8), new Weighted<>(PersonnelCategory.UN_POLICE, 5),
                    new Weighted<>(PersonnelCategory.MILITARY_OBSERVER, 3), new Weighted<>(PersonnelCategory.STAFF_OFFICER, 2),
                    new Weighted<>(PersonnelCategory.INTERNATIONAL_STAFF, 10), new Weighted<>(PersonnelCategory.NATIONAL_STAFF, 8),
                    new Weighted<>(PersonnelCategory.UN_VOLUNTEER, 4), new Weighted<>(PersonnelCategory.CONTRACTOR, 5))
                    : List.of(new Weighted<>(PersonnelCategory.MILITARY_CONTINGENT, 30),
                    new Weighted<>(PersonnelCategory.INTERNATIONAL_STAFF, 25), new Weighted<>(PersonnelCategory.NATIONAL_STAFF, 30),
                    new Weighted<>(PersonnelCategory.UN_POLICE, 5), new Weighted<>(PersonnelCategory.CONTRACTOR, 10)));
            String nationality = category.isUniformed() ? contingent
                    : CIVILIAN_NATIONALITIES.get(r.nextInt(CIVILIAN_NATIONALITIES.size()));
            String sex = r.nextInt(100) < 93 ? "MALE" : r.nextInt(100) < 50 ? "FEMALE" : "UNKNOWN";
            subjects.add(new AllegationInput.SubjectInput(null, category.name(), nationality, sex,
                    category.isUniformed() ? "Rank " + (1 + r.nextInt(9)) : "Grade P-" + (1 + r.nextInt(5)),
                    category.isUniformed() ? contingent + "BATT-" + (1 + r.nextInt(3)) : "Section " + (1 + r.nextInt(12)),
                    "Demo Subject " + i + "-" + s, "DEMO-" + (100000 + r.nextInt(900000))));
        }
        List<AllegationInput.VictimInput> victims = new ArrayList<>();
        int nVictims = sea ? 1 + (r.nextInt(100) < 15 ? 1 + r.nextInt(2) : 0) : (r.nextInt(100) < 20 ? 1 : 0);
        for (int v = 0; v < nVictims; v++) {
            Sex sex = r.nextInt(100) < 85 ? Sex.FEMALE : r.nextInt(100) < 70 ? Sex.MALE : Sex.UNKNOWN;
            AgeGroup age = r.nextInt(100) < 22 ? AgeGroup.MINOR : r.nextInt(100) < 85 ? AgeGroup.ADULT : AgeGroup.UNKNOWN;
            victims.add(new AllegationInput.VictimInput(null, sex.name(), age.name(), "Demo Victim " + i + "-" + v,
                    null, "Through the community-based complaint network, focal point " + (1 + r.nextInt(40))));
        }
        AllegationInput input = new AllegationInput(mission, received.toString(),
                incident == null ? null : incident.toString(), sea ? MisconductKind.SEA.name() : MisconductKind.OTHER_MISCONDUCT.name(),
                seaType == null ? null : seaType.name(), subtype == null ? null : subtype.name(), seriousness,
                area == null ? null : area.name(), source.name(),
                "Synthetic demo report #" + i + ": " + (sea ? "alleged " + seaType.name().toLowerCase().replace('_', ' ')
                        : "alleged " + area.name().toLowerCase().replace('_', ' ')) + " reported by " + source.name().toLowerCase().replace('_', ' ') + ".",
                "Sector " + (1 + r.nextInt(6)), subjects, victims);
        return new DemoCase(input, steps(r, received, today));
    }

    private static List<Step> steps(Random r, LocalDate received, LocalDate today) {
        List<Step> steps = new ArrayList<>();
        long age = today.toEpochDay() - received.toEpochDay();
        LocalDate at = received;
        if (age > 20 && r.nextInt(100) < 15) {
            at = at.plusDays(5 + r.nextInt(15));
            steps.add(new Step(AllegationStatus.UNDER_REVIEW_LIMITED_INFORMATION, at, null));
        }
        if (age > 45 && r.nextInt(100) < 70) {
            at = at.plusDays(10 + r.nextInt(30));
            steps.add(new Step(AllegationStatus.UNDER_INVESTIGATION, at, "Referred for investigation"));
            if (age > 400 && r.nextInt(100) < 20) {
                at = at.plusDays(60 + r.nextInt(200));
                steps.add(new Step(AllegationStatus.CLOSED_OTHER, at, "Complainant withdrew; no further information"));
            }
        } else if (age > 90 && r.nextInt(100) < 20) {
            at = at.plusDays(30 + r.nextInt(60));
            steps.add(new Step(AllegationStatus.CLOSED_OTHER, at, "Insufficient information to proceed"));
        }
        steps.removeIf(s -> s.on().isAfter(today));
        return steps;
    }

    /** When a mission could receive reports: its mandate (approximately), not after today. */
    private static LocalDate[] window(String mission, LocalDate today) {
        LocalDate from = LocalDate.of(2017, 1, 1);
        LocalDate to = today;
        switch (mission) {
            case "MINUSMA" -> to = LocalDate.of(2023, 12, 31);
            case "MINUSTAH" -> to = LocalDate.of(2017, 10, 15);
            case "UNAMID" -> to = LocalDate.of(2020, 12, 31);
            default -> { }
        }
        if (to.isAfter(today)) {
            to = today;
        }
        return new LocalDate[] {from, to};
    }

    private static <T> T pick(Random r, List<Weighted<T>> options) {
        int total = options.stream().mapToInt(Weighted::weight).sum();
        int x = r.nextInt(total);
        for (Weighted<T> o : options) {
            x -= o.weight();
            if (x < 0) {
                return o.value();
            }
        }
        return options.get(options.size() - 1).value();
    }
}
