package org.blueledger.victimsupport.service;

import org.blueledger.platform.error.FieldError;
import org.blueledger.victimsupport.domain.ClaimStep;
import org.blueledger.victimsupport.domain.Party;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fields each step needs (bad input of issue 13: negative amounts, no currency, dates). */
class StepRulesTest {

    static final LocalDate RECEIVED = LocalDate.of(2020, 1, 2);
    static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private static List<String> fields(RecordStep cmd) {
        return StepRules.problems(cmd, cmd.by(), RECEIVED, TODAY).stream().map(FieldError::field).toList();
    }

    @Test
    void aPaymentNeedsAPositiveAmountAndACurrency() {
        assertEquals(List.of("amount", "currency"), fields(new RecordStep(ClaimStep.SUPPORT_PAYMENT, TODAY, 1L, null, null,
                new BigDecimal("-5"), null)));
        assertEquals(List.of("currency"), fields(new RecordStep(ClaimStep.SUPPORT_PAYMENT, TODAY, 1L, null, null,
                new BigDecimal("5"), "usd")));
        assertEquals(List.of(), fields(new RecordStep(ClaimStep.SUPPORT_PAYMENT, TODAY, 1L, null, null,
                new BigDecimal("5.50"), "USD")));
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        assertEquals(List.of("step", "on", "version"), fields(new RecordStep(null, null, null, null, null, null, null)));
    }

    @Test
    void aStepDateLiesBetweenTheReceiptAndToday() {
        assertTrue(fields(new RecordStep(ClaimStep.CLOSED, TODAY.plusDays(1), 1L, null, null, null, null)).contains("on"));
        assertTrue(fields(new RecordStep(ClaimStep.CLOSED, RECEIVED.minusDays(1), 1L, null, null, null, null)).contains("on"));
        assertTrue(fields(new RecordStep(ClaimStep.CLOSED, LocalDate.of(1900, 1, 1), 1L, null, null, null, null)).contains("on"));
    }

    @Test
    void theStepsWithAResultOrAPartyNeedThem() {
        assertEquals(List.of("by"), fields(new RecordStep(ClaimStep.DNA_SAMPLE_COLLECTED, TODAY, 1L, null, null, null, null)));
        assertEquals(List.of(), fields(new RecordStep(ClaimStep.DNA_SAMPLE_COLLECTED, TODAY, 1L, Party.UN, null, null, null)));
        assertEquals(List.of("result"), fields(new RecordStep(ClaimStep.DNA_TEST_RESULT, TODAY, 1L, null, " ", null, null)));
        assertEquals(List.of("result"), fields(new RecordStep(ClaimStep.FOCAL_POINT_NAMED, TODAY, 1L, null, null, null, null)));
        assertEquals(List.of("result"), fields(new RecordStep(ClaimStep.PATERNITY_ESTABLISHED, TODAY, 1L, null, "maybe", null, null)));
    }

    @Test
    void onlyAPaymentHasAnAmount() {
        assertEquals(List.of("amount", "currency"), fields(new RecordStep(ClaimStep.CLOSED, TODAY, 1L, null, null,
                BigDecimal.ONE, "USD")));
    }
}
