package org.blueledger.statistics.service;

import java.util.List;
import java.util.Map;

/**
 * The annual views (domain.md "Quarterly statistics", last paragraph; api.md "annual"), exact,
 * for the reports received in {@code year}. Allegation counts are units (counting rule of
 * domain.md); investigations, findings, actions and referrals count records.
 *
 * @param allegations                     SEA units received in the year
 * @param allegationsByMissionAndCategory mission → personnel category → SEA units
 * @param byQuarter                       Q1..Q4 → SEA units (trend over the year's quarters)
 * @param byYear                          the year and the four before it → SEA units (trend over years)
 * @param investigationsByEntity          investigations of the year's SEA reports by entity
 * @param findings                        completed investigations by finding
 * @param actions                         stage (INTERIM, FINAL) → member state of the subject
 *                                        (uniformed; CIVILIAN otherwise) → action type → actions
 * @param criminalReferralsByOutcome      referrals for criminal accountability by outcome
 * @param criminalReferralsByState        the same by state referred to
 * @param paternityClaimsByStatus         paternity claims received in the year, total and by status
 * @param otherMisconduct                 other misconduct: thematic area → seriousness → units
 * @param otherMisconductAllegations      other-misconduct units received in the year
 */
public record AnnualTables(int year, String mission, long allegations,
                           Map<String, Map<String, Long>> allegationsByMissionAndCategory,
                           Map<String, Long> byQuarter, Map<String, Long> byYear,
                           List<InvestigationRow> investigationsByEntity, Map<String, Long> findings,
                           Map<String, Map<String, Map<String, Long>>> actions,
                           Map<String, Long> criminalReferralsByOutcome, Map<String, Long> criminalReferralsByState,
                           Map<String, Long> paternityClaimsByStatus,
                           Map<String, Map<String, Long>> otherMisconduct, long otherMisconductAllegations) {
}
