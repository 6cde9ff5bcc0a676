package org.blueledger.platform.rest;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", Csv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'+1\"", Csv.cell("+1"));
        assertEquals("\"'-2+3\"", Csv.cell("-2+3"));
        assertEquals("\"'@SUM(A1)\"", Csv.cell("@SUM(A1)"));
        assertEquals("\"'\tx\"", Csv.cell("\tx"));
    }

    @Test
    void ordinaryTextIsQuotedWithDoubledQuotes() {
        assertEquals("\"He said \"\"no\"\", then left\"", Csv.cell("He said \"no\", then left"));
        assertEquals("\"\"", Csv.cell(null));
    }

    @Test
    void aRowEndsWithCrLf() {
        assertEquals("\"a\",\"1\",\"\"\r\n", Csv.row(Arrays.asList("a", 1, null)));
        assertEquals("\r\n", Csv.row(List.of()));
    }
}
