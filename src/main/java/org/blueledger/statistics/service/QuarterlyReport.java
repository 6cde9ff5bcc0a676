package org.blueledger.statistics.service;

import java.util.Map;

/** The quarterly tables with the options they were asked for and, for XLSX and PDF, the labels of their codes. */
public record QuarterlyReport(QuarterlyTables tables, ReportOptions options, Map<String, String> labels) {
}
