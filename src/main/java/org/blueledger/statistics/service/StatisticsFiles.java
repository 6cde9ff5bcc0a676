package org.blueledger.statistics.service;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The CSV, XLSX and PDF files of a report, for the API and the statistics page alike. */
public final class StatisticsFiles {

    private StatisticsFiles() {
    }

    public static ExportFile of(QuarterlyReport report) {
        QuarterlyTables t = report.tables();
        boolean pub = report.options().publicView();
        Locale locale = report.options().locale();
        String name = "quarterly-" + t.year() + "-Q" + t.quarter() + (pub ? "-public" : "");
        var tables = ReportTable.quarterly(t, pub);
        return switch (report.options().format()) {
            case CSV, JSON -> new ExportFile(name + ".csv", ExportFile.CSV, StatisticsCsv.write(
                    parameters(t.year(), t.quarter(), t.asOf().toString(), t.mission(), pub), tables)
                    .getBytes(StandardCharsets.UTF_8));
            case XLSX -> new ExportFile(name + ".xlsx", ExportFile.XLSX, StatisticsExports.xlsx(
                    StatisticsExports.quarterlyHeading(t, pub, locale), tables, report.labels(), locale));
            case PDF -> new ExportFile(name + "-" + locale.getLanguage() + ".pdf", ExportFile.PDF, StatisticsExports.pdf(
                    StatisticsExports.quarterlyHeading(t, pub, locale), tables, report.labels(), locale));
        };
    }

    public static ExportFile of(AnnualReport report) {
        AnnualTables t = report.tables();
        boolean pub = report.options().publicView();
        Locale locale = report.options().locale();
        String name = "annual-" + t.year() + (pub ? "-public" : "");
        var tables = ReportTable.annual(t, pub);
        return switch (report.options().format()) {
            case CSV, JSON -> new ExportFile(name + ".csv", ExportFile.CSV, StatisticsCsv.write(
                    parameters(t.year(), null, null, t.mission(), pub), tables).getBytes(StandardCharsets.UTF_8));
            case XLSX -> new ExportFile(name + ".xlsx", ExportFile.XLSX, StatisticsExports.xlsx(
                    StatisticsExports.annualHeading(t, pub, locale), tables, report.labels(), locale));
            case PDF -> new ExportFile(name + "-" + locale.getLanguage() + ".pdf", ExportFile.PDF, StatisticsExports.pdf(
                    StatisticsExports.annualHeading(t, pub, locale), tables, report.labels(), locale));
        };
    }

    static Map<String, Object> parameters(Integer year, Integer quarter, String asOf, String mission, boolean pub) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("year", year);
        if (quarter != null) {
            p.put("quarter", quarter);
        }
        if (asOf != null) {
            p.put("asOf", asOf);
        }
        p.put("mission", mission == null ? "" : mission);
        p.put("public", pub);
        return p;
    }
}
