package org.blueledger.statistics.service;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.blueledger.platform.i18n.Texts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The XLSX (Apache POI) and PDF (OpenPDF) exports of the statistics tables, in English or French.
 * Both write the same {@link ReportTable}s as the JSON and CSV, with each table under its
 * translated title and each code under its label (reference data), so the exports cannot
 * disagree with the API. Numbers are numeric cells in the workbook; suppressed cells are text.
 */
public final class StatisticsExports {

    static final String BUNDLE = "org.blueledger.i18n.messages";

    private StatisticsExports() {
    }

    /** The texts of one export: its title, the line saying what was counted, and the labels. */
    public record Heading(String title, String subtitle) {
    }

    /** The quarterly update's heading in the report's language. */
    public static Heading quarterlyHeading(QuarterlyTables t, boolean publicView, Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
        String scope = t.mission() == null ? b.getString("statistics.export.allMissions") : t.mission();
        return new Heading(b.getString("statistics.export.quarterly.title"),
                Texts.format(b.getString("statistics.export.quarterly.subtitle"), locale, Integer.toString(t.year()),
                        t.quarter(), t.asOf().toString(), scope)
                        + (publicView ? " " + b.getString("statistics.export.publicNote") : ""));
    }

    /** The annual views' heading in the report's language. */
    public static Heading annualHeading(AnnualTables t, boolean publicView, Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
        String scope = t.mission() == null ? b.getString("statistics.export.allMissions") : t.mission();
        return new Heading(b.getString("statistics.export.annual.title"),
                Texts.format(b.getString("statistics.export.annual.subtitle"), locale, Integer.toString(t.year()), scope)
                        + (publicView ? " " + b.getString("statistics.export.publicNote") : ""));
    }

    /** A workbook with one sheet: the heading, then each table as a titled block of label / count rows. */
    public static byte[] xlsx(Heading heading, List<ReportTable> tables, Map<String, String> labels, Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(b.getString("statistics.export.sheet"));
            CellStyle bold = wb.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(heading.title());
            title.getCell(0).setCellStyle(bold);
            sheet.createRow(r++).createCell(0).setCellValue(heading.subtitle());
            for (ReportTable t : tables) {
                r++;
                Row head = sheet.createRow(r++);
                head.createCell(0).setCellValue(tableTitle(t.name(), b, labels));
                head.getCell(0).setCellStyle(bold);
                head.createCell(1).setCellValue(t.name());
                for (Map.Entry<String, Object> c : t.cells().entrySet()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(cellLabel(c.getKey(), b, labels));
                    Object v = c.getValue();
                    if (v instanceof Number n) {
                        row.createCell(1).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(1).setCellValue(v == null ? "" : StatisticsCsv.defuse(v));
                    }
                    row.createCell(2).setCellValue(c.getKey());
                }
            }
            sheet.setColumnWidth(0, 60 * 256);
            sheet.setColumnWidth(1, 14 * 256);
            sheet.setColumnWidth(2, 36 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF laid out as the Secretariat's update: title, period line, then each table in two columns. */
    public static byte[] pdf(Heading heading, List<ReportTable> tables, Map<String, String> labels, Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(heading.title());
            doc.open();
            Font titleFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
            Font headFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            Font bodyFont = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Paragraph title = new Paragraph(heading.title(), titleFont);
            title.setSpacingAfter(4);
            doc.add(title);
            doc.add(new Paragraph(heading.subtitle(), bodyFont));
            doc.add(Chunk.NEWLINE);
            for (ReportTable t : tables) {
                PdfPTable table = new PdfPTable(new float[] {4f, 1f});
                table.setWidthPercentage(100);
                table.setSpacingBefore(6);
                table.setKeepTogether(true);
                PdfPCell head = new PdfPCell(new Phrase(tableTitle(t.name(), b, labels), headFont));
                head.setColspan(2);
                head.setGrayFill(0.88f);
                table.addCell(head);
                for (Map.Entry<String, Object> c : t.cells().entrySet()) {
                    table.addCell(new PdfPCell(new Phrase(cellLabel(c.getKey(), b, labels), bodyFont)));
                    PdfPCell value = new PdfPCell(new Phrase(c.getValue() == null ? "–" : c.getValue().toString(), bodyFont));
                    value.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    table.addCell(value);
                }
                doc.add(table);
            }
            doc.add(Chunk.NEWLINE);
            doc.add(new Paragraph(b.getString("statistics.export.countingNote"), FontFactory.getFont(FontFactory.HELVETICA, 8)));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out the PDF", e);
        }
        return out.toByteArray();
    }

    /** A table's title in a language (for the statistics page). */
    public static String title(String table, Locale locale, Map<String, String> labels) {
        return tableTitle(table, ResourceBundle.getBundle(BUNDLE, locale), labels);
    }

    /** A cell's label in a language (for the statistics page). */
    public static String label(String key, Locale locale, Map<String, String> labels) {
        return cellLabel(key, ResourceBundle.getBundle(BUNDLE, locale), labels);
    }

    /** A table's title: {@code statistics.table.<name>}, with a nested table's row (e.g. a mission) after it. */
    static String tableTitle(String name, ResourceBundle b, Map<String, String> labels) {
        String[] parts = name.split("\\.");
        StringBuilder s = new StringBuilder(text(b, "statistics.table." + parts[0], parts[0]));
        for (int i = 1; i < parts.length; i++) {
            s.append(" – ").append(labelOf(parts[i], b, labels));
        }
        return s.toString();
    }

    static String cellLabel(String key, ResourceBundle b, Map<String, String> labels) {
        return labelOf(key, b, labels);
    }

    private static String labelOf(String code, ResourceBundle b, Map<String, String> labels) {
        String own = text(b, "statistics.cell." + code, null);
        if (own != null) {
            return own;
        }
        return labels.getOrDefault(code, code);
    }

    private static String text(ResourceBundle b, String key, String fallback) {
        try {
            return b.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
