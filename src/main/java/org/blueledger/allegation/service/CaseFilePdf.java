package org.blueledger.allegation.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.reference.service.ReferenceData;
import org.blueledger.reference.service.ReferenceOption;
import org.blueledger.reference.service.ReferenceOptions;
import org.blueledger.security.domain.Role;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The printable case file (issue 14, item 11): the case exactly as {@link AllegationQueries#details}
 * gives it to the caller (so identities only where the caller is entitled; that read is audited
 * as {@code CASE_READ}), laid out with OpenPDF in the page's language, marked "Strictly
 * confidential" on every page; each download is audited as {@code CASE_FILE_PRINTED}.
 */
@Stateless
@RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.INVESTIGATOR, Role.Names.HQ_CONDUCT,
        Role.Names.MEMBER_STATE_LIAISON, Role.Names.VICTIMS_RIGHTS})
public class CaseFilePdf {

    static final String BUNDLE = "org.blueledger.i18n.messages";

    @Inject
    AllegationQueries queries;

    @Inject
    ReferenceData reference;

    @Inject
    AuditLog audit;

    public record PdfFile(String fileName, byte[] content) {
    }

    public PdfFile print(String caseReference, Locale locale) {
        AllegationDetails d = queries.details(caseReference);
        byte[] pdf = new Layout(d, locale).render();
        boolean victims = d.victims().stream().anyMatch(v -> !v.identityRestricted());
        boolean subjects = d.subjects().stream().anyMatch(s -> !s.identityRestricted() && s.name() != null);
        audit.record(AuditAction.CASE_FILE_PRINTED, d.reference(), AuditOutcome.ALLOWED, "PDF (" + locale.getLanguage()
                + "), identities shown: " + (victims && subjects ? "victims, subjects" : victims ? "victims"
                : subjects ? "subjects" : "none"));
        return new PdfFile(d.reference() + ".pdf", pdf);
    }

    /** One rendering: the bundle, the labels and the fonts of one language. */
    private final class Layout {
        private final AllegationDetails d;
        private final Locale locale;
        private final ResourceBundle b;
        private final DateTimeFormatter dates;
        private final DateTimeFormatter times;
        private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
        private final Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        private final Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        private final Font mark = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, new java.awt.Color(0x9a, 0x34, 0x12));

        Layout(AllegationDetails d, Locale locale) {
            this.d = d;
            this.locale = locale;
            this.b = ResourceBundle.getBundle(BUNDLE, locale);
            Locale format = "fr".equals(locale.getLanguage()) ? Locale.forLanguageTag("fr-FR") : Locale.forLanguageTag("en-GB");
            this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(format);
            this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(format)
                    .withZone(ZoneOffset.UTC);
        }

        byte[] render() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 48, 48, 56, 56);
            try {
                PdfWriter.getInstance(doc, out);
                String confidential = b.getString("casefile.pdf.confidential");
                HeaderFooter header = new HeaderFooter(new Phrase(confidential + " · " + d.reference(), mark), false);
                header.setAlignment(Element.ALIGN_CENTER);
                header.setBorder(0);
                doc.setHeader(header);
                HeaderFooter footer = new HeaderFooter(new Phrase(confidential + " · " + b.getString("casefile.pdf.page") + " ", mark), true);
                footer.setAlignment(Element.ALIGN_CENTER);
                footer.setBorder(0);
                doc.setFooter(footer);
                doc.open();
                doc.add(new Paragraph(b.getString("casefile.pdf.title") + " " + d.reference(), title));
                doc.add(new Paragraph(" ", body));
                PdfPTable facts = table(2);
                facts.setWidths(new float[] {1, 3});
                row(facts, "allegation.field.mission", d.mission());
                row(facts, "allegation.field.status", label("CASE_STATUS", d.status()));
                row(facts, "allegation.field.receivedOn", date(d.receivedOn()));
                row(facts, "allegation.field.incidentDate", date(d.incidentDate()));
                row(facts, "allegation.field.kind", label("MISCONDUCT_KIND", d.kind()));
                row(facts, "allegation.field.source", label("ALLEGATION_SOURCE", d.source()));
                row(facts, "allegation.field.location", d.location());
                row(facts, "allegation.field.summary", d.summary());
                doc.add(facts);
                section(doc, "allegation.tab.subjects");
                PdfPTable subjects = table(4);
                for (AllegationDetails.SubjectView s : d.subjects()) {
                    cells(subjects, option(reference.personnelCategories(locale), s.personnelCategory()),
                            option(reference.countries(locale), s.nationality()), label("SUBJECT_SEX", s.sex()),
                            s.identityRestricted() ? b.getString("casefile.pdf.restricted")
                                    : join(s.name(), s.serviceNumber(), s.rank(), s.unit()));
                }
                add(doc, subjects);
                section(doc, "allegation.tab.victims");
                PdfPTable victims = table(3);
                for (AllegationDetails.VictimView v : d.victims()) {
                    cells(victims, label("VICTIM_SEX", v.sex()), label("AGE_GROUP", v.ageGroup()),
                            v.identityRestricted() ? b.getString("casefile.pdf.restricted")
                                    : join(v.name(), date(v.dateOfBirth()), v.contact()));
                }
                add(doc, victims);
                section(doc, "casefile.pdf.history");
                PdfPTable history = table(3);
                for (AllegationDetails.StatusChangeView c : d.statusHistory()) {
                    cells(history, c.at() == null ? "" : times.format(c.at()), label("CASE_STATUS", c.to()),
                            c.reason() == null ? "" : c.reason());
                }
                add(doc, history);
                section(doc, "casefile.pdf.followUp");
                PdfPTable follow = table(3);
                for (AllegationDetails.InvestigationView i : d.investigations()) {
                    cells(follow, label("INVESTIGATING_ENTITY", i.entity()), date(i.startedOn()) + " – " + date(i.completedOn()),
                            label("INVESTIGATION_FINDING", i.finding()));
                }
                for (AllegationDetails.NotificationView n : d.notifications()) {
                    cells(follow, option(reference.countries(locale), n.memberState()), date(n.sentOn()),
                            label("MEMBER_STATE_ANSWER", n.answer()));
                }
                for (AllegationDetails.ActionView a : d.actions()) {
                    cells(follow, label("ACTION_STAGE", a.stage()), date(a.decidedOn()), option(reference.actionTypes(locale), a.type()));
                }
                add(doc, follow);
                doc.close();
            } catch (DocumentException e) {
                throw new IllegalStateException("case file PDF", e);
            }
            return out.toByteArray();
        }

        /** A table, or "None" when it has no rows. */
        private void add(Document doc, PdfPTable t) throws DocumentException {
            if (t.size() == 0) {
                doc.add(new Paragraph(text("allegation.none"), body));
            } else {
                doc.add(t);
            }
        }

        private void section(Document doc, String key) throws DocumentException {
            Paragraph p = new Paragraph(text(key), head);
            p.setSpacingBefore(12);
            p.setSpacingAfter(4);
            doc.add(p);
        }

        private PdfPTable table(int columns) {
            PdfPTable t = new PdfPTable(columns);
            t.setWidthPercentage(100);
            return t;
        }

        private void row(PdfPTable t, String key, String value) {
            t.addCell(new PdfPCell(new Phrase(text(key), head)));
            t.addCell(new PdfPCell(new Phrase(value == null ? "" : value, body)));
        }

        private void cells(PdfPTable t, String... values) {
            for (String v : values) {
                t.addCell(new PdfPCell(new Phrase(v == null ? "" : v, body)));
            }
        }

        private String text(String key) {
            return b.containsKey(key) ? b.getString(key) : key;
        }

        private String date(LocalDate date) {
            return date == null ? "" : dates.format(date);
        }

        private String label(String vocabulary, Object code) {
            return code == null ? "" : option(reference.vocabulary(vocabulary, locale), code);
        }

        private String option(List<ReferenceOption> options, Object code) {
            return code == null ? "" : ReferenceOptions.label(options, code);
        }

        private String join(String... parts) {
            return String.join(", ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
        }
    }
}
