package org.blueledger.allegation.service;

import java.util.List;

/**
 * An allegation as typed in the intake form or sent to the API, before validation: codes and
 * dates are strings so that each bad one becomes a field error naming it. Subjects and victims
 * keep their {@code id} when a correction sends them back.
 */
public record AllegationInput(String mission, String receivedOn, String incidentDate, String kind, String seaType,
                              String seaSubtype, String seriousness, String thematicArea, String source,
                              String summary, String location, List<SubjectInput> subjects,
                              List<VictimInput> victims) {

    public record SubjectInput(Long id, String personnelCategory, String nationality, String sex, String rank,
                               String unit, String name, String serviceNumber) {
    }

    public record VictimInput(Long id, String sex, String ageGroup, String name, String dateOfBirth, String contact) {
    }
}
