package org.blueledger.statistics.service;

import java.util.Locale;

/** How a report is delivered: public variant or exact, in which format and language. */
public record ReportOptions(boolean publicView, ReportFormat format, Locale locale) {
}
