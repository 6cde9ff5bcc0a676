package org.blueledger.statistics.service;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The tables as CSV (RFC 4180 through Apache Commons CSV: CRLF, every cell quoted, quotes
 * doubled), one row per cell: {@code table,key,value}, after a few {@code parameter} rows saying
 * what was counted. A cell a spreadsheet would read as a formula is prefixed with an apostrophe,
 * as the case export does (docs/security.md, CSV injection); statistics cells are codes and
 * numbers, so this is a second line of defence.
 */
public final class StatisticsCsv {

    private StatisticsCsv() {
    }

    public static String write(Map<String, Object> parameters, List<ReportTable> tables) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setQuoteMode(org.apache.commons.csv.QuoteMode.ALL)
                .setRecordSeparator("\r\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord("table", "key", "value");
            for (Map.Entry<String, Object> p : parameters.entrySet()) {
                csv.printRecord("parameter", p.getKey(), defuse(p.getValue()));
            }
            for (ReportTable t : tables) {
                for (Map.Entry<String, Object> c : t.cells().entrySet()) {
                    csv.printRecord(t.name(), defuse(c.getKey()), defuse(c.getValue()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String defuse(Object value) {
        String s = value == null ? "" : value.toString();
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
