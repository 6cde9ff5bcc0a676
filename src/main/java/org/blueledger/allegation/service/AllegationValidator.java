package org.blueledger.allegation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.AgeGroup;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.AllegationFacts;
import org.blueledger.allegation.domain.AllegationSource;
import org.blueledger.allegation.domain.MisconductKind;
import org.blueledger.allegation.domain.PersonnelCategory;
import org.blueledger.allegation.domain.SeaSubtype;
import org.blueledger.allegation.domain.SeaType;
import org.blueledger.allegation.domain.Seriousness;
import org.blueledger.allegation.domain.Sex;
import org.blueledger.allegation.domain.ThematicArea;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.reference.service.ReferenceData;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns an {@link AllegationInput} into a {@link ValidAllegation}, or names every bad field. */
@ApplicationScoped
public class AllegationValidator {

    static final int SHORT_TEXT_MAX = 200;
    static final int CONTACT_MAX = 500;

    @Inject
    ReferenceData reference;

    public ValidAllegation validate(AllegationInput in, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String mission = trim(in.mission());
        if (mission == null) {
            errors.add(required("mission"));
        } else if (!reference.missionExists(mission)) {
            errors.add(new FieldError("mission", "unknown mission '" + mission + "'", "mission.unknown"));
        }
        LocalDate receivedOn = date(in.receivedOn(), "receivedOn", true, errors);
        LocalDate incidentDate = date(in.incidentDate(), "incidentDate", false, errors);
        MisconductKind kind = code(MisconductKind.class, in.kind(), "kind", true, errors);
        SeaType seaType = code(SeaType.class, in.seaType(), "seaType", false, errors);
        SeaSubtype seaSubtype = code(SeaSubtype.class, in.seaSubtype(), "seaSubtype", false, errors);
        Seriousness seriousness = code(Seriousness.class, in.seriousness(), "seriousness", false, errors);
        ThematicArea thematicArea = code(ThematicArea.class, in.thematicArea(), "thematicArea", false, errors);
        AllegationSource source = code(AllegationSource.class, in.source(), "source", true, errors);
        String summary = trim(in.summary());
        if (summary == null) {
            errors.add(required("summary"));
        }
        AllegationFacts facts = new AllegationFacts(receivedOn, incidentDate, kind, seaType, seaSubtype, seriousness,
                thematicArea, source, summary, trim(in.location()));
        List<String> named = errors.stream().map(FieldError::field).toList();
        facts.problems(today).stream().filter(e -> !named.contains(e.field())).forEach(errors::add);

        List<ValidAllegation.ValidSubject> subjects = new ArrayList<>();
        List<AllegationInput.SubjectInput> inSubjects = in.subjects() == null ? List.of() : in.subjects();
        if (inSubjects.size() > Allegation.MAX_SUBJECTS) {
            errors.add(new FieldError("subjects", "at most " + Allegation.MAX_SUBJECTS + " subjects", "subjects.tooMany"));
        } else {
            for (int i = 0; i < inSubjects.size(); i++) {
                subjects.add(subject(inSubjects.get(i), "subjects[" + i + "].", errors));
            }
        }
        List<ValidAllegation.ValidVictim> victims = new ArrayList<>();
        List<AllegationInput.VictimInput> inVictims = in.victims() == null ? List.of() : in.victims();
        if (inVictims.size() > Allegation.MAX_VICTIMS) {
            errors.add(new FieldError("victims", "at most " + Allegation.MAX_VICTIMS + " victims", "victims.tooMany"));
        } else {
            for (int i = 0; i < inVictims.size(); i++) {
                victims.add(victim(inVictims.get(i), "victims[" + i + "].", today, errors));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return new ValidAllegation(mission, facts.normalised(), subjects, victims);
    }

    private ValidAllegation.ValidSubject subject(AllegationInput.SubjectInput s, String prefix, List<FieldError> errors) {
        if (s == null) {
            errors.add(new FieldError(prefix.substring(0, prefix.length() - 1), "must be an object", "required"));
            return null;
        }
        PersonnelCategory category = code(PersonnelCategory.class, s.personnelCategory(), prefix + "personnelCategory", true, errors);
        String nationality = trim(s.nationality());
        if (nationality == null) {
            if (category != null && category.isUniformed()) {
                errors.add(new FieldError(prefix + "nationality", "is required for uniformed personnel",
                        "nationality.required"));
            }
        } else if (!reference.countryExists(nationality)) {
            errors.add(new FieldError(prefix + "nationality", "unknown country '" + nationality
                    + "'; expected an ISO 3166 alpha-3 code", "country.unknown"));
        }
        Sex sex = code(Sex.class, s.sex(), prefix + "sex", true, errors);
        return new ValidAllegation.ValidSubject(s.id(), category, nationality, sex,
                text(s.rank(), prefix + "rank", 100, errors), text(s.unit(), prefix + "unit", SHORT_TEXT_MAX, errors),
                text(s.name(), prefix + "name", SHORT_TEXT_MAX, errors),
                text(s.serviceNumber(), prefix + "serviceNumber", 100, errors));
    }

    private ValidAllegation.ValidVictim victim(AllegationInput.VictimInput v, String prefix, LocalDate today,
                                               List<FieldError> errors) {
        if (v == null) {
            errors.add(new FieldError(prefix.substring(0, prefix.length() - 1), "must be an object", "required"));
            return null;
        }
        Sex sex = code(Sex.class, v.sex(), prefix + "sex", true, errors);
        AgeGroup age = code(AgeGroup.class, v.ageGroup(), prefix + "ageGroup", true, errors);
        LocalDate dob = date(v.dateOfBirth(), prefix + "dateOfBirth", false, errors);
        if (dob != null && dob.isAfter(today)) {
            errors.add(new FieldError(prefix + "dateOfBirth", "must not be in the future", "date.future"));
        }
        return new ValidAllegation.ValidVictim(v.id(), sex, age, text(v.name(), prefix + "name", SHORT_TEXT_MAX, errors),
                dob, text(v.contact(), prefix + "contact", CONTACT_MAX, errors));
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value, String field, boolean required,
                                              List<FieldError> errors) {
        String v = given(value, field, required, errors);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "unknown value '" + v + "'; expected one of "
                    + Arrays.toString(type.getEnumConstants()), "code.unknown"));
            return null;
        }
    }

    private static LocalDate date(String value, String field, boolean required, List<FieldError> errors) {
        String v = given(value, field, required, errors);
        if (v == null) {
            return null;
        }
        try {
            return org.blueledger.platform.time.IsoDates.parse(v);
        } catch (org.blueledger.platform.time.IsoDates.InvalidDate e) {
            errors.add(new FieldError(field, e.problem().message, e.problem().code));
            return null;
        }
    }

    private static String text(String value, String field, int max, List<FieldError> errors) {
        String v = trim(value);
        if (v != null && v.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters", "tooLong"));
        }
        return v;
    }

    /** The value without surrounding blanks, or null for a blank one (then a required field's error is added). */
    private static String given(String value, String field, boolean required, List<FieldError> errors) {
        String v = trim(value);
        if (v == null && required) {
            errors.add(required(field));
        }
        return v;
    }

    private static FieldError required(String field) {
        return new FieldError(field, "is required", "required");
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
