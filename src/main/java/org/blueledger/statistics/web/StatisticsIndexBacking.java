package org.blueledger.statistics.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.LocalePreferences;
import org.blueledger.platform.faces.Messages;
import org.blueledger.reference.service.ReferenceData;
import org.blueledger.reference.service.ReferenceOption;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CurrentUser;
import org.blueledger.statistics.service.ExportFile;
import org.blueledger.statistics.service.QuarterlyReport;
import org.blueledger.statistics.service.ReportTable;
import org.blueledger.statistics.service.StatisticsExports;
import org.blueledger.statistics.service.StatisticsFiles;
import org.blueledger.statistics.service.StatisticsQueries;
import org.blueledger.statistics.service.StatisticsRequest;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * statistics/index.xhtml: the quarterly update with its filters, charts beside the tables, and
 * exports. Every number comes from {@link StatisticsQueries}, which validates, scopes and audits;
 * its field errors are shown next to the fields.
 */
@Named
@ViewScoped
public class StatisticsIndexBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A table of the page: its title and its rows (label, value). */
    public record TableView(String name, String title, List<Row> rows) implements Serializable {
    }

    /** One row of a table; {@code drillMission} set where HQ may open the cases behind the number. */
    public record Row(String key, String label, Object value, String drillMission) implements Serializable {
    }

    @Inject
    StatisticsQueries queries;

    @Inject
    LocalePreferences locale;

    @Inject
    ReferenceData reference;

    @Inject
    CurrentUser user;

    private final StatisticsForm form = new StatisticsForm(LocalDate.now());
    private boolean shown;
    private long allegations;
    private String drillFrom;
    private String drillTo;
    private List<TableView> tables = List.of();
    private Map<String, String> charts = Map.of();
    private Map<String, String> labels = Map.of();

    /** Runs on every GET and on the Show button: the quarter in the filters, or the errors beside them. */
    public void show() {
        QuarterlyReport report;
        try {
            report = queries.quarterly(request(null));
        } catch (ValidationFailedException e) {
            for (FieldError f : e.errors()) {
                String text = f.code() == null ? f.message() : Messages.text("validation." + f.code());
                Messages.error("stats:" + (f.field().equals("public") ? "publicView" : f.field()), "statistics.page.invalid",
                        Messages.text("statistics.page." + (f.field().equals("public") ? "publicView" : f.field())),
                        text.startsWith("validation.") ? f.message() : text);
            }
            shown = false;
            tables = List.of();
            charts = Map.of();
            return;
        }
        Locale l = locale.getLocale();
        labels = queries.labels(l);
        List<TableView> views = new ArrayList<>();
        for (ReportTable t : ReportTable.quarterly(report.tables(), report.options().publicView())) {
            List<Row> rows = new ArrayList<>();
            boolean drill = t.name().equals("byMission") && user.hasRole(Role.HQ_CONDUCT);
            t.cells().forEach((k, v) -> rows.add(new Row(k, StatisticsExports.label(k, l, labels), v, drill ? k : null)));
            views.add(new TableView(t.name(), StatisticsExports.title(t.name(), l, labels), rows));
        }
        tables = views;
        shown = true;
        allegations = report.tables().allegations();
        LocalDate first = LocalDate.of(report.tables().year(), 3 * report.tables().quarter() - 2, 1);
        LocalDate last = first.plusMonths(3).minusDays(1);
        drillFrom = first.toString();
        drillTo = (last.isAfter(report.tables().asOf()) ? report.tables().asOf() : last).toString();
        boolean pub = report.options().publicView();
        var q = report.tables();
        charts = Map.of(
                "byMission", StatisticsCharts.bar(title("byMission"), ReportTable.cells(q.byMission(), pub), k -> k),
                "byStatus", StatisticsCharts.stacked(title("byStatus"), ReportTable.cells(q.byStatus(), pub), this::label),
                "victims", StatisticsCharts.bar(title("victims"), withoutTotal(ReportTable.cells(q.victims(), pub)), this::label),
                "byIncidentYear", StatisticsCharts.bar(title("byIncidentYear"),
                        ReportTable.cells(q.byIncidentYear(), pub), this::label),
                "trend", StatisticsCharts.line(title("byQuarter") + " " + q.year(), ReportTable.cells(
                        queries.annual(new StatisticsRequest(form.getYear(), null, form.getMission(),
                                form.getPersonnelCategory(), form.getNationality(), null,
                                Boolean.toString(form.isPublicView()), null, null)).tables().byQuarter(), pub),
                        this::label));
    }

    /** An export of the quarter in the filters (audited by the service like every read). */
    public StreamedContent download(String format) {
        ExportFile f = StatisticsFiles.of(queries.quarterly(request(format)));
        return DefaultStreamedContent.builder().name(f.fileName()).contentType(f.mediaType())
                .stream(() -> new ByteArrayInputStream(f.content())).build();
    }

    private StatisticsRequest request(String format) {
        return new StatisticsRequest(form.getYear(), form.getQuarter(), form.getMission(), form.getPersonnelCategory(),
                form.getNationality(), form.getAsOf(), Boolean.toString(form.isPublicView()), format,
                locale.getLanguage());
    }

    private String title(String table) {
        return StatisticsExports.title(table, locale.getLocale(), labels);
    }

    private String label(String key) {
        return StatisticsExports.label(key, locale.getLocale(), labels);
    }

    private static Map<String, Object> withoutTotal(Map<String, Object> cells) {
        cells.remove("total");
        return cells;
    }

    public StatisticsForm getForm() {
        return form;
    }

    public boolean isShown() {
        return shown;
    }

    public long getAllegations() {
        return allegations;
    }

    /** A liaison's figures are always its own nationals': it gets no nationality filter. */
    public boolean isNationalityFilter() {
        return user.hasRole(Role.STATISTICIAN) || user.hasRole(Role.HQ_CONDUCT);
    }

    public List<ReferenceOption> getMissions() {
        return reference.missions(locale.getLocale());
    }

    public List<ReferenceOption> getCategories() {
        return reference.personnelCategories(locale.getLocale());
    }

    public List<ReferenceOption> getCountries() {
        return reference.countries(locale.getLocale());
    }

    /** The received-on range of the cases behind a number (the quarter, up to its as-at date). */
    public String getDrillFrom() {
        return drillFrom;
    }

    public String getDrillTo() {
        return drillTo;
    }

    public List<TableView> getTables() {
        return tables;
    }

    public Map<String, String> getCharts() {
        return charts;
    }
}
