package org.blueledger.allegation.service;

import org.blueledger.platform.rest.Csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The case list export as CSV (RFC 4180, formula-like cells defused by {@link Csv}): the rows of
 * {@link AllegationQueries#exportChunk}, streamed the same way for {@code GET /api/v1/allegations/export}
 * and for the case list's export button.
 */
public final class CaseListCsv {

    public static final String FILE_NAME = "cases.csv";
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    static final List<String> HEADER = List.of("reference", "mission", "receivedOn", "incidentDate", "kind", "seaType",
            "status", "referredToMemberState", "location", "summary");

    private CaseListCsv() {
    }

    /**
     * Streams the whole export to {@code out}: the header, then {@link AllegationQueries#exportChunk}
     * after chunk, flushed as it goes, so the heap never holds more than one chunk. The caller
     * has already started (and audited) the export with {@link AllegationQueries#exportStart}.
     */
    public static void write(AllegationQueries queries, AllegationCriteria criteria, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        w.write(Csv.row(HEADER));
        org.blueledger.allegation.persistence.CaseList.Cursor after = null;
        do {
            AllegationQueries.ExportChunk chunk = queries.exportChunk(criteria, after);
            for (List<Object> row : chunk.rows()) {
                w.write(Csv.row(row));
            }
            w.flush();
            after = chunk.next();
        } while (after != null);
    }
}
