package org.blueledger.platform.rest;

import java.util.List;

/**
 * CSV for exports (RFC 4180, UTF-8): every cell quoted, quotes doubled, and any cell that a
 * spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return) prefixed
 * with an apostrophe, so user-supplied text never runs in Excel or LibreOffice.
 */
public final class Csv {

    private Csv() {
    }

    public static String row(List<?> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        return b.append("\r\n").toString();
    }

    static String cell(Object value) {
        String s = value == null ? "" : value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
