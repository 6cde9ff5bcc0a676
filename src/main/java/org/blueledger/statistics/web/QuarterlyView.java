package org.blueledger.statistics.web;

import org.blueledger.statistics.service.AnnualTables;
import org.blueledger.statistics.service.QuarterlyTables;
import org.blueledger.statistics.service.ReportTable;
import org.blueledger.statistics.service.StatisticsExports;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the statistics page shows of one quarter: the total, the tables with labelled rows, the
 * Chart.js configurations, the received-on range of HQ's drill-down into the case list, and the
 * annual views of the quarter's year.
 */
public record QuarterlyView(long allegations, List<TableView> tables, Map<String, String> charts, String drillFrom,
                            String drillTo, int year, List<TableView> annualTables) implements Serializable {

    /** A table of the page: its title and its rows (label, value). */
    public record TableView(String name, String title, List<Row> rows) implements Serializable {
    }

    /** One row of a table; {@code drillMission} set where HQ may open the cases behind the number. */
    public record Row(String key, String label, Object value, String drillMission) implements Serializable {
    }

    static QuarterlyView of(QuarterlyTables q, AnnualTables year, boolean pub, boolean drill, Locale l,
                            Map<String, String> labels) {
        List<TableView> views = views(ReportTable.quarterly(q, pub), drill, l, labels);
        LocalDate first = LocalDate.of(q.year(), 3 * q.quarter() - 2, 1);
        LocalDate last = first.plusMonths(3).minusDays(1);
        Map<String, Object> victims = ReportTable.cells(q.victims(), pub);
        victims.remove("total");
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("byMission", StatisticsCharts.bar(title("byMission", l, labels), ReportTable.cells(q.byMission(), pub), k -> k));
        charts.put("byStatus", StatisticsCharts.stacked(title("byStatus", l, labels), ReportTable.cells(q.byStatus(), pub),
                k -> StatisticsExports.label(k, l, labels)));
        charts.put("victims", StatisticsCharts.bar(title("victims", l, labels), victims, k -> StatisticsExports.label(k, l, labels)));
        charts.put("byIncidentYear", StatisticsCharts.bar(title("byIncidentYear", l, labels),
                ReportTable.cells(q.byIncidentYear(), pub), k -> StatisticsExports.label(k, l, labels)));
        charts.put("trend", StatisticsCharts.line(title("byQuarter", l, labels) + " " + q.year(),
                ReportTable.cells(year.byQuarter(), pub), k -> StatisticsExports.label(k, l, labels)));
        return new QuarterlyView(q.allegations(), views, charts, first.toString(),
                (last.isAfter(q.asOf()) ? q.asOf() : last).toString(), year.year(),
                views(ReportTable.annual(year, pub), false, l, labels));
    }

    private static List<TableView> views(List<ReportTable> tables, boolean drill, Locale l, Map<String, String> labels) {
        List<TableView> views = new ArrayList<>();
        for (ReportTable t : tables) {
            List<Row> rows = new ArrayList<>();
            boolean drillHere = drill && t.name().equals("byMission");
            t.cells().forEach((k, v) -> rows.add(new Row(k, StatisticsExports.label(k, l, labels), v, drillHere ? k : null)));
            views.add(new TableView(t.name(), StatisticsExports.title(t.name(), l, labels), rows));
        }
        return views;
    }

    private static String title(String table, Locale l, Map<String, String> labels) {
        return StatisticsExports.title(table, l, labels);
    }
}
