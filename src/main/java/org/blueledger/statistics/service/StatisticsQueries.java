package org.blueledger.statistics.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.allegation.domain.SeaType;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ForbiddenException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.reference.service.ReferenceData;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;
import org.blueledger.security.service.CurrentUser;
import org.blueledger.statistics.persistence.StatisticsRepository;
import org.blueledger.statistics.persistence.StatisticsRepository.PersonGroup;
import org.blueledger.statistics.persistence.StatisticsRepository.UnitGroup;
import org.blueledger.statistics.persistence.UnitFilter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The gate of the statistics: the role (STATISTICIAN, HQ_CONDUCT, MEMBER_STATE_LIAISON; any other
 * gets 403 from the container, audited by the platform), every parameter validated with a 400
 * naming it, the liaison narrowed to its own uniformed nationals in the SQL, and one audit entry
 * per read or export saying who, which table and which filters.
 */
@Stateless
@RolesAllowed({Role.Names.STATISTICIAN, Role.Names.HQ_CONDUCT, Role.Names.MEMBER_STATE_LIAISON})
public class StatisticsQueries {

    @Inject
    org.blueledger.victimsupport.service.ClaimStatistics claimStatistics;

    @Inject
    StatisticsRepository repository;

    @Inject
    ReferenceData reference;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The quarterly update (api.md): SEA reports received in the quarter, status as at {@code asOf}. */
    public QuarterlyReport quarterly(StatisticsRequest in) {
        CallerScope caller = currentUser.scope();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<FieldError> errors = new ArrayList<>();
        int year = StatisticsParameters.year(in.year(), today.getYear(), errors);
        int quarter = StatisticsParameters.quarter(in.quarter(), errors);
        LocalDate asOfParam = StatisticsParameters.date(in.asOf(), "asOf", errors);
        Filters filters = filters(in, errors);
        ReportOptions options = options(in, errors);
        LocalDate first = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        LocalDate last = first.plusMonths(3).minusDays(1);
        if (errors.isEmpty()) {
            if (asOfParam != null && asOfParam.isBefore(first)) {
                errors.add(new FieldError("asOf", "may not lie before the quarter (" + first + ")", "statistics.asOf.beforeQuarter"));
            } else if (asOfParam != null && asOfParam.isAfter(today)) {
                errors.add(new FieldError("asOf", "may not lie in the future", "statistics.asOf.future"));
            } else if (asOfParam == null && first.isAfter(today)) {
                errors.add(new FieldError("quarter", "has not begun yet", "statistics.quarter.future"));
            }
        }
        fail(errors);
        String nationality = scopedNationality(caller, filters.nationality(), "quarterly");
        LocalDate asOf = asOfParam == null ? today : asOfParam;
        UnitFilter f = new UnitFilter(first, last.isBefore(asOf) ? last : asOf, filters.mission(), filters.category(),
                nationality);

        List<UnitGroup> units = repository.quarterlyUnits(f, asOf);
        long total = units.stream().mapToLong(UnitGroup::units).sum();
        Map<String, Long> byMission = sum(units, UnitGroup::mission, new TreeMap<>());
        Map<String, Long> byCategory = ordered(sum(units, UnitGroup::category, new TreeMap<>()),
                codes(PersonnelCategory.values()), false);
        Map<String, Long> byNationality = sum(units.stream().filter(u -> u.nationality() != null).toList(),
                UnitGroup::nationality, new TreeMap<>(unknownLast(Comparator.naturalOrder())));
        Map<String, Long> byIncidentYear = sum(units, UnitGroup::incidentYear,
                new TreeMap<>(unknownLast(Comparator.<String>reverseOrder())));
        Map<String, Long> byType = ordered(sum(units, UnitGroup::seaType, new TreeMap<>()), codes(SeaType.values()), true);
        Map<String, Long> byStatus = ordered(sum(units, UnitGroup::status, new TreeMap<>()),
                codes(AllegationStatus.values()), true);
        long referred = units.stream().filter(UnitGroup::referred).mapToLong(UnitGroup::units).sum();
        QuarterlyTables tables = new QuarterlyTables(year, quarter, asOf, filters.mission(), total, byMission, byCategory,
                byNationality, byIncidentYear, byType, victims(repository.victims(f)),
                perpetrators(repository.perpetrators(f)), byStatus, referred);

        audit.record(options.format() == ReportFormat.JSON ? AuditAction.STATISTICS_READ : AuditAction.STATISTICS_EXPORT, null,
                AuditOutcome.ALLOWED, "table=quarterly year=" + year + " quarter=" + quarter + " asOf=" + asOf
                        + describe(filters, nationality, options));
        return new QuarterlyReport(tables, options, labels(options));
    }

    /**
     * The annual views for the reports received in {@code year} (api.md "annual"): SEA units by
     * mission and category, by quarter and over five years; investigations by entity; findings;
     * actions; referrals for criminal accountability; paternity claims; other misconduct.
     */
    public AnnualReport annual(StatisticsRequest in) {
        CallerScope caller = currentUser.scope();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<FieldError> errors = new ArrayList<>();
        int year = StatisticsParameters.year(in.year(), today.getYear(), errors);
        Filters filters = filters(in, errors);
        ReportOptions options = options(in, errors);
        fail(errors);
        String nationality = scopedNationality(caller, filters.nationality(), "annual");
        UnitFilter f = new UnitFilter(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), filters.mission(),
                filters.category(), nationality);
        UnitFilter fiveYears = new UnitFilter(LocalDate.of(Math.max(StatisticsParameters.FIRST_YEAR, year - 4), 1, 1),
                f.receivedTo(), f.mission(), f.category(), f.nationality());

        List<StatisticsRepository.AnnualGroup> sea = repository.annualUnits(f, "SEA");
        Map<String, Map<String, Long>> byMissionAndCategory = new TreeMap<>();
        Map<String, Long> byQuarter = new LinkedHashMap<>();
        for (int q = 1; q <= 4; q++) {
            byQuarter.put("Q" + q, 0L);
        }
        Map<String, Long> byYear = new LinkedHashMap<>();
        for (int y = fiveYears.receivedFrom().getYear(); y <= year; y++) {
            byYear.put(Integer.toString(y), 0L);
        }
        repository.unitsByYear(fiveYears, "SEA").forEach((y, n) -> byYear.put(Integer.toString(y), n));
        long total = 0;
        for (StatisticsRepository.AnnualGroup g : sea) {
            total += g.units();
            byQuarter.merge("Q" + g.quarter(), g.units(), Long::sum);
            byMissionAndCategory.computeIfAbsent(g.mission(), k -> new TreeMap<>()).merge(g.category(), g.units(), Long::sum);
        }
        byMissionAndCategory.replaceAll((m, cells) -> ordered(cells, codes(PersonnelCategory.values()), false));

        List<InvestigationRow> investigations = new ArrayList<>();
        for (StatisticsRepository.InvestigationGroup g : repository.investigations(f, today)) {
            long due = g.completed() + g.overdue();
            investigations.add(new InvestigationRow(g.entity(), g.investigations(), g.completed(), round(g.averageDays()),
                    round(g.medianDays()), g.onTime(), g.overdue(), due == 0 ? null : round(100.0 * g.onTime() / due)));
        }
        List<String> entityOrder = codes(org.blueledger.followup.domain.InvestigatingEntity.values());
        investigations.sort(Comparator.comparingInt(r -> entityOrder.indexOf(r.entity())));

        Map<String, Long> findings = ordered(new TreeMap<>(), codes(org.blueledger.allegation.domain.InvestigationFinding.values()), true);
        for (PersonGroup g : repository.findings(f)) {
            findings.merge(g.first(), g.persons(), Long::sum);
        }

        Map<String, Map<String, Map<String, Long>>> actions = new LinkedHashMap<>();
        actions.put("INTERIM", new TreeMap<>(unknownLast(civilianLast())));
        actions.put("FINAL", new TreeMap<>(unknownLast(civilianLast())));
        for (StatisticsRepository.TripleGroup g : repository.actions(f)) {
            actions.computeIfAbsent(g.first(), k -> new TreeMap<>()).computeIfAbsent(g.second(), k -> new TreeMap<>())
                    .merge(g.third(), g.count(), Long::sum);
        }

        Map<String, Long> referralsByOutcome = ordered(new TreeMap<>(), List.of("PENDING", "PROSECUTED", "CONVICTED",
                "ACQUITTED", "NO_ACTION", "UNKNOWN"), true);
        Map<String, Long> referralsByState = new TreeMap<>();
        for (PersonGroup g : repository.criminalReferrals(f)) {
            referralsByOutcome.merge(g.second(), g.persons(), Long::sum);
            referralsByState.merge(g.first(), g.persons(), Long::sum);
        }

        Map<String, Long> paternity = new LinkedHashMap<>();
        paternity.put("total", 0L);
        codes(org.blueledger.victimsupport.domain.ClaimStatus.values()).forEach(c -> paternity.put(c, 0L));
        // victim support's own count, through its published service (never its tables from here)
        claimStatistics.claimsByStatus(f.receivedFrom(), f.receivedTo(), f.mission(), f.nationality(), f.category())
                .forEach((status, n) -> paternity.merge(status, n, Long::sum));

        Map<String, Map<String, Long>> other = new LinkedHashMap<>();
        long otherTotal = 0;
        for (StatisticsRepository.AnnualGroup g : repository.annualUnits(f, "OTHER_MISCONDUCT")) {
            otherTotal += g.units();
            other.computeIfAbsent(g.thematicArea(), k -> {
                Map<String, Long> m = new LinkedHashMap<>();
                m.put("SERIOUS", 0L);
                m.put("NON_SERIOUS", 0L);
                return m;
            }).merge(g.seriousness(), g.units(), Long::sum);
        }
        Map<String, Map<String, Long>> otherOrdered = new LinkedHashMap<>();
        for (String area : codes(org.blueledger.allegation.domain.ThematicArea.values())) {
            if (other.containsKey(area)) {
                otherOrdered.put(area, other.remove(area));
            }
        }
        otherOrdered.putAll(other);

        AnnualTables tables = new AnnualTables(year, filters.mission(), total, byMissionAndCategory, byQuarter, byYear,
                investigations, findings, actions, referralsByOutcome, referralsByState, paternity, otherOrdered, otherTotal);
        audit.record(options.format() == ReportFormat.JSON ? AuditAction.STATISTICS_READ : AuditAction.STATISTICS_EXPORT, null,
                AuditOutcome.ALLOWED, "table=annual year=" + year + describe(filters, nationality, options));
        return new AnnualReport(tables, options, labels(options));
    }

    /** Labels of the codes the tables use, in the report's language (only the XLSX and PDF need them). */
    Map<String, String> labels(ReportOptions options) {
        if (options.format() != ReportFormat.XLSX && options.format() != ReportFormat.PDF) {
            return new java.util.HashMap<>();
        }
        return labels(options.locale());
    }

    /** Labels (reference data) of the codes the tables use, for pages and exports; reading them is not audited. */
    public Map<String, String> labels(java.util.Locale locale) {
        Map<String, String> labels = new java.util.HashMap<>();
        for (String vocabulary : List.of("CASE_STATUS", "SEA_TYPE", "INVESTIGATING_ENTITY", "INVESTIGATION_FINDING",
                "THEMATIC_AREA", "SERIOUSNESS", "ACTION_STAGE")) {
            reference.vocabulary(vocabulary, locale).forEach(o -> labels.put(o.code(), o.label()));
        }
        reference.personnelCategories(locale).forEach(o -> labels.put(o.code(), o.label()));
        reference.actionTypes(locale).forEach(o -> labels.put(o.code(), o.label()));
        return labels;
    }

    static Double round(Double d) {
        return d == null ? null : Math.round(d * 10.0) / 10.0;
    }

    static Comparator<String> civilianLast() {
        return (a, b) -> {
            boolean ca = "CIVILIAN".equals(a);
            boolean cb = "CIVILIAN".equals(b);
            if (ca || cb) {
                return ca == cb ? 0 : ca ? 1 : -1;
            }
            return a.compareTo(b);
        };
    }

    /** The validated filters every table shares. */
    record Filters(String mission, String category, String nationality) {
    }

    Filters filters(StatisticsRequest in, List<FieldError> errors) {
        String mission = StatisticsParameters.blank(in.mission());
        if (mission != null && (!mission.matches("[A-Z][A-Z0-9-]{0,15}") || !reference.missionExists(mission))) {
            errors.add(new FieldError("mission", "is not a known mission code", "statistics.mission.unknown"));
            mission = null;
        }
        String nationality = StatisticsParameters.blank(in.nationality());
        if (nationality != null && (!nationality.matches("[A-Z]{3}") || !reference.countryExists(nationality))) {
            errors.add(new FieldError("nationality", "is not a known ISO 3166 alpha-3 country code",
                    "statistics.nationality.unknown"));
            nationality = null;
        }
        return new Filters(mission, StatisticsParameters.category(in.personnelCategory(), errors), nationality);
    }

    static ReportOptions options(StatisticsRequest in, List<FieldError> errors) {
        return new ReportOptions(StatisticsParameters.bool(in.publicView(), "public", errors),
                StatisticsParameters.format(in.format(), errors), StatisticsParameters.lang(in.lang(), errors));
    }

    /**
     * The nationality the units are narrowed to: the filter's for the Secretariat; for a liaison
     * (without a Secretariat role) always its own state, and another state is refused (403, audited).
     */
    String scopedNationality(CallerScope caller, String requested, String table) {
        if (caller.hasAny(Role.STATISTICIAN, Role.HQ_CONDUCT)) {
            return requested;
        }
        String own = caller.memberState();
        if (own == null || (requested != null && !requested.equals(own))) {
            audit.recordIndependently(AuditAction.STATISTICS_READ, null, AuditOutcome.DENIED, "table=" + table
                    + " nationality=" + requested + ": a liaison reads its own nationals' figures only");
            throw new ForbiddenException("A member-state liaison reads the figures of its own nationals only.");
        }
        return own;
    }

    static String describe(Filters f, String nationality, ReportOptions o) {
        return " mission=" + (f.mission() == null ? "*" : f.mission())
                + " personnelCategory=" + (f.category() == null ? "*" : f.category())
                + " nationality=" + (nationality == null ? "*" : nationality)
                + " public=" + o.publicView() + " format=" + o.format().name().toLowerCase()
                + (o.format() == ReportFormat.PDF ? " lang=" + o.locale().getLanguage() : "");
    }

    static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    static Map<String, Long> victims(List<PersonGroup> groups) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String k : List.of("total", "WOMEN", "GIRLS", "FEMALE_AGE_UNKNOWN", "MEN", "BOYS", "MALE_AGE_UNKNOWN", "UNKNOWN")) {
            m.put(k, 0L);
        }
        for (PersonGroup g : groups) {
            String key = switch (g.first()) {
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
            };
            m.merge(key, g.persons(), Long::sum);
            m.merge("total", g.persons(), Long::sum);
        }
        return m;
    }

    static Map<String, Long> perpetrators(List<PersonGroup> groups) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String k : List.of("total", "MEN", "WOMEN", "UNKNOWN")) {
            m.put(k, 0L);
        }
        for (PersonGroup g : groups) {
            String key = switch (g.first()) {
                case "MALE" -> "MEN";
                case "FEMALE" -> "WOMEN";
                default -> "UNKNOWN";
            };
            m.merge(key, g.persons(), Long::sum);
            m.merge("total", g.persons(), Long::sum);
        }
        return m;
    }

    static <G> Map<String, Long> sum(List<G> groups, Function<G, String> key, Map<String, Long> into) {
        for (G g : groups) {
            long n = g instanceof UnitGroup u ? u.units() : 0;
            into.merge(key.apply(g), n, Long::sum);
        }
        return into;
    }

    static List<String> codes(Enum<?>[] values) {
        List<String> codes = new ArrayList<>();
        for (Enum<?> e : values) {
            codes.add(e.name());
        }
        return codes;
    }

    /** The counts in vocabulary order (then any other key, e.g. UNKNOWN); with {@code zeros}, every code present. */
    static Map<String, Long> ordered(Map<String, Long> counts, List<String> order, boolean zeros) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String code : order) {
            Long n = counts.get(code);
            if (n != null || zeros) {
                m.put(code, n == null ? 0L : n);
            }
        }
        counts.forEach((k, v) -> {
            if (!m.containsKey(k)) {
                m.put(k, v);
            }
        });
        return m;
    }

    static Comparator<String> unknownLast(Comparator<String> order) {
        return (a, b) -> {
            boolean ua = "UNKNOWN".equals(a);
            boolean ub = "UNKNOWN".equals(b);
            if (ua || ub) {
                return ua == ub ? 0 : ua ? 1 : -1;
            }
            return order.compare(a, b);
        };
    }
}
