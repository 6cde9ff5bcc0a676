package org.blueledger.allegation.service;

import org.blueledger.platform.rest.Csv;

import java.util.List;

/**
 * The case list export as CSV (RFC 4180, formula-like cells defused by {@link Csv}): the rows of
 * {@link AllegationQueries#export}, written the same way for {@code GET /api/v1/allegations/export}
 * and for the case list's export button.
 */
public final class CaseListCsv {

    public static final String FILE_NAME = "cases.csv";
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    static final List<String> HEADER = List.of("reference", "mission", "receivedOn", "incidentDate", "kind", "seaType",
            "status", "referredToMemberState", "location", "summary");

    private CaseListCsv() {
    }

    public static String of(List<List<Object>> rows) {
        StringBuilder csv = new StringBuilder(Csv.row(HEADER));
        rows.forEach(row -> csv.append(Csv.row(row)));
        return csv.toString();
    }
}
