package org.blueledger.victimsupport.service;

import org.blueledger.victimsupport.domain.ClaimStep;
import org.blueledger.victimsupport.domain.Party;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Command: record one step of a claim, based on the claim's {@code version} as the caller read it. */
public record RecordStep(ClaimStep step, LocalDate on, Long version, Party by, String result, BigDecimal amount,
                         String currency) {
}
