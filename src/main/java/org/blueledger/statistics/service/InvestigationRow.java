package org.blueledger.statistics.service;

/**
 * Investigations of one entity in the annual view.
 *
 * @param investigations opened on the year's reports
 * @param completed      of which completed (with a finding)
 * @param averageDays    mean days from start to completion of the completed ones (null if none)
 * @param medianDays     median of the same (null if none)
 * @param onTime         completed by the due date the deadline rules set
 * @param overdue        still open after their due date
 * @param onTimeRate     onTime / (completed + overdue): of the investigations whose time has run
 *                       out or that finished, the share finished in time (null if none)
 */
public record InvestigationRow(String entity, long investigations, long completed, Double averageDays, Double medianDays,
                               long onTime, long overdue, Double onTimeRate) {
}
