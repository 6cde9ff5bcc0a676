package org.blueledger.statistics.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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
import org.blueledger.statistics.persistence.UnitFilter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    QuarterlyFigures quarterlyFigures;

    @Inject
    AnnualFigures annualFigures;

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

        QuarterlyTables tables = quarterlyFigures.tables(year, quarter, asOf, f);
        audited(options, "table=quarterly year=" + year + " quarter=" + quarter + " asOf=" + asOf
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

        AnnualTables tables = annualFigures.tables(year, f, fiveYears, today);
        audited(options, "table=annual year=" + year + describe(filters, nationality, options));
        return new AnnualReport(tables, options, labels(options));
    }

    /** One entry per read (JSON) or file (the other formats), with the table and every filter. */
    private void audited(ReportOptions options, String detail) {
        audit.record(options.format() == ReportFormat.JSON ? AuditAction.STATISTICS_READ : AuditAction.STATISTICS_EXPORT,
                null, AuditOutcome.ALLOWED, detail);
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
}
