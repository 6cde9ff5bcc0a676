package org.blueledger.statistics.service;

/** The forms a statistics table can be delivered in ({@code format=}). */
public enum ReportFormat {
    JSON, CSV, XLSX, PDF
}
