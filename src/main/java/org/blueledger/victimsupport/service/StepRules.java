package org.blueledger.victimsupport.service;

import org.blueledger.platform.error.FieldError;
import org.blueledger.victimsupport.domain.ClaimStep;
import org.blueledger.victimsupport.domain.Party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields each step of a claim needs, every bad one named at once: {@code on} (from the
 * claim's receipt to today), {@code version}; {@code by} for a DNA sample; {@code result}
 * for the focal point's name, a DNA test result, and how paternity was established
 * ({@code DNA} or {@code ADMISSION}); {@code amount} (positive) and {@code currency} (ISO 4217)
 * for a payment, and for nothing else.
 */
final class StepRules {

    private StepRules() {
    }

    static List<FieldError> problems(RecordStep cmd, Party by, LocalDate receivedOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Checks.required(cmd.step(), "step", errors);
        Checks.required(cmd.on(), "on", errors);
        Checks.required(cmd.version(), "version", errors);
        Checks.pastDate(cmd.on(), "on", today, errors);
        if (cmd.on() != null && receivedOn != null && cmd.on().isBefore(receivedOn) && !cmd.on().isAfter(today)) {
            errors.add(new FieldError("on", "cannot precede the claim's receipt (" + receivedOn + ")", "claim.beforeReceipt"));
        }
        Checks.maxLength(cmd.result(), 500, "result", errors);
        String result = Checks.strip(cmd.result());
        ClaimStep step = cmd.step();
        if (step == ClaimStep.DNA_SAMPLE_COLLECTED) {
            Checks.required(by, "by", errors);
        }
        if (step == ClaimStep.FOCAL_POINT_NAMED || step == ClaimStep.DNA_TEST_RESULT) {
            Checks.required(result, "result", errors);
        }
        if (step == ClaimStep.PATERNITY_ESTABLISHED && !"DNA".equals(result) && !"ADMISSION".equals(result)) {
            errors.add(new FieldError("result", "must say how paternity was established: DNA or ADMISSION",
                    "claim.establishedBy"));
        }
        if (step == ClaimStep.SUPPORT_PAYMENT) {
            Checks.required(cmd.amount(), "amount", errors);
            Checks.amount(cmd.amount(), "amount", errors);
            Checks.required(Checks.strip(cmd.currency()), "currency", errors);
            Checks.currency(Checks.strip(cmd.currency()), "currency", errors);
        } else if (step != null) {
            if (cmd.amount() != null) {
                errors.add(new FieldError("amount", "only a SUPPORT_PAYMENT has an amount", "claim.amountNotAllowed"));
            }
            if (Checks.strip(cmd.currency()) != null) {
                errors.add(new FieldError("currency", "only a SUPPORT_PAYMENT has a currency", "claim.amountNotAllowed"));
            }
        }
        return errors;
    }
}
