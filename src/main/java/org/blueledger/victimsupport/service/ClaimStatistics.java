package org.blueledger.victimsupport.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.victimsupport.domain.ClaimStatus;
import org.blueledger.victimsupport.persistence.ClaimRepository;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Victim support's figures for the statistics feature's annual views (domain.md: "paternity
 * claims by status"): counts only, no row leaves; the caller (statistics) has checked the role
 * and narrows a liaison to its own nationals through {@code memberState}. Claims whose
 * identities were erased are counted like the others.
 */
@ApplicationScoped
public class ClaimStatistics {

    @Inject
    ClaimRepository claims;

    /** {@code total} and one entry per status that has claims (zeros omitted, as api.md allows), for claims received in the period. */
    public Map<String, Long> claimsByStatus(LocalDate from, LocalDate to, String mission, String memberState, String category) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("total", 0L);
        for (Object[] r : claims.countByStatus(from, to, mission, memberState, category)) {
            long n = ((Number) r[1]).longValue();
            out.merge(((ClaimStatus) r[0]).name(), n, Long::sum);
            out.merge("total", n, Long::sum);
        }
        return out;
    }
}
