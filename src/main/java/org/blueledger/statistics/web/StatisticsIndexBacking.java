package org.blueledger.statistics.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.LocalePreferences;
import org.blueledger.platform.faces.FormErrors;
import org.blueledger.platform.faces.Messages;
import org.blueledger.reference.service.ReferenceData;
import org.blueledger.reference.service.ReferenceOption;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CurrentUser;
import org.blueledger.statistics.service.ExportFile;
import org.blueledger.statistics.service.QuarterlyReport;
import org.blueledger.statistics.service.StatisticsFiles;
import org.blueledger.statistics.service.StatisticsQueries;
import org.blueledger.statistics.service.StatisticsRequest;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
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

    @Inject
    StatisticsQueries queries;

    @Inject
    LocalePreferences locale;

    @Inject
    ReferenceData reference;

    @Inject
    CurrentUser user;

    private final StatisticsForm form = new StatisticsForm(LocalDate.now());
    private QuarterlyView view;

    /** Runs on every GET and on the Show button: the quarter in the filters, or the errors beside them. */
    public void show() {
        QuarterlyReport report;
        try {
            report = queries.quarterly(request(null));
        } catch (ValidationFailedException e) {
            for (FieldError f : e.errors()) {
                Messages.error("stats:" + (f.field().equals("public") ? "publicView" : f.field()), "statistics.page.invalid",
                        Messages.text("statistics.page." + (f.field().equals("public") ? "publicView" : f.field())),
                        FormErrors.text(f));
            }
            view = null;
            return;
        }
        var year = queries.annual(new StatisticsRequest(form.getYear(), null, form.getMission(),
                form.getPersonnelCategory(), form.getNationality(), null, Boolean.toString(form.isPublicView()), null,
                null)).tables();
        Locale l = locale.getLocale();
        view = QuarterlyView.of(report.tables(), year, report.options().publicView(), user.hasRole(Role.HQ_CONDUCT),
                l, queries.labels(l));
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

    public StatisticsForm getForm() {
        return form;
    }

    public boolean isShown() {
        return view != null;
    }

    public QuarterlyView getView() {
        return view;
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
}
