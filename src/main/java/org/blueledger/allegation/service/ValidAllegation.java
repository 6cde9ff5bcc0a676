package org.blueledger.allegation.service;

import org.blueledger.allegation.domain.AgeGroup;
import org.blueledger.allegation.domain.AllegationFacts;
import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.allegation.domain.Sex;

import java.time.LocalDate;
import java.util.List;

/** An {@link AllegationInput} that passed validation, in domain types. */
public record ValidAllegation(String mission, AllegationFacts facts, List<ValidSubject> subjects, List<ValidVictim> victims) {

    public record ValidSubject(Long id, PersonnelCategory category, String nationality, Sex sex, String rank, String unit,
                        String name, String serviceNumber) {
    }

    public record ValidVictim(Long id, Sex sex, AgeGroup ageGroup, String name, LocalDate dateOfBirth, String contact) {
    }
}
