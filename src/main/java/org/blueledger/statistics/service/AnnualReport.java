package org.blueledger.statistics.service;

import java.util.Map;

/** The annual tables with the options they were asked for and, for XLSX and PDF, the labels of their codes. */
public record AnnualReport(AnnualTables tables, ReportOptions options, Map<String, String> labels) {
}
