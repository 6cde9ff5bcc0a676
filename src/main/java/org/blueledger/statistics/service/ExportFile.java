package org.blueledger.statistics.service;

/** An export ready to send: file name, media type and content. */
public record ExportFile(String fileName, String mediaType, byte[] content) {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";
}
