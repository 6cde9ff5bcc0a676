package org.blueledger.allegation.domain;

import org.blueledger.platform.error.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What was reported, as the intake form and the API state it, with the domain's rules:
 * dates not in the future and the incident not after the receipt; SEA has a type, no thematic
 * area and is always serious; other misconduct has no SEA type or sub-type.
 */
public record AllegationFacts(LocalDate receivedOn, LocalDate incidentDate, MisconductKind kind, SeaType seaType,
                              SeaSubtype seaSubtype, Seriousness seriousness, ThematicArea thematicArea,
                              AllegationSource source, String summary, String location) {

    public static final int SUMMARY_MAX = 10_000;
    public static final int LOCATION_MAX = 500;

    /** The rules broken, one per field; empty when the facts are consistent. */
    public List<FieldError> problems(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (receivedOn != null && receivedOn.isAfter(today)) {
            errors.add(new FieldError("receivedOn", "must not be in the future", "date.future"));
        }
        if (incidentDate != null && incidentDate.isAfter(today)) {
            errors.add(new FieldError("incidentDate", "must not be in the future", "date.future"));
        } else if (incidentDate != null && receivedOn != null && incidentDate.isAfter(receivedOn)) {
            errors.add(new FieldError("incidentDate", "cannot follow the date the report was received",
                    "incident.afterReceipt"));
        }
        if (kind == MisconductKind.SEA) {
            if (seaType == null) {
                errors.add(new FieldError("seaType", "is required for SEA", "seaType.required"));
            }
            if (seriousness == Seriousness.NON_SERIOUS) {
                errors.add(new FieldError("seriousness", "SEA is always SERIOUS", "seriousness.sea"));
            }
            if (thematicArea != null) {
                errors.add(new FieldError("thematicArea", "applies to other misconduct only", "thematicArea.sea"));
            }
        } else if (kind == MisconductKind.OTHER_MISCONDUCT) {
            if (seaType != null) {
                errors.add(new FieldError("seaType", "applies to SEA only", "seaType.other"));
            }
            if (seaSubtype != null) {
                errors.add(new FieldError("seaSubtype", "applies to SEA only", "seaType.other"));
            }
            if (seriousness == null) {
                errors.add(new FieldError("seriousness", "is required for other misconduct", "required"));
            }
        }
        if (summary != null && summary.length() > SUMMARY_MAX) {
            errors.add(new FieldError("summary", "must be at most " + SUMMARY_MAX + " characters", "tooLong"));
        }
        if (location != null && location.length() > LOCATION_MAX) {
            errors.add(new FieldError("location", "must be at most " + LOCATION_MAX + " characters", "tooLong"));
        }
        return errors;
    }

    /** SEA is always serious: a missing seriousness of an SEA report is SERIOUS. */
    public AllegationFacts normalised() {
        if (kind == MisconductKind.SEA && seriousness == null) {
            return new AllegationFacts(receivedOn, incidentDate, kind, seaType, seaSubtype, Seriousness.SERIOUS,
                    thematicArea, source, summary, location);
        }
        return this;
    }
}
