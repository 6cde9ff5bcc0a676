package org.blueledger.allegation.web;

import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.platform.faces.Messages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.faces.LocalePreferences;
import org.blueledger.reference.service.ReferenceData;
import org.blueledger.reference.service.ReferenceOption;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Labelled choices for the case forms, from reference data in the page's language (read once per request). */
@Named
@RequestScoped
public class AllegationOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceData reference;

    @Inject
    LocalePreferences locale;

    private final Map<String, List<ReferenceOption>> cache = new HashMap<>();

    public List<ReferenceOption> vocabulary(String name) {
        return cache.computeIfAbsent(name, n -> reference.vocabulary(n, locale.getLocale()));
    }

    /** The label of a code in a vocabulary, or the code itself. */
    public String label(String vocabularyName, Object code) {
        if (code == null) {
            return "";
        }
        String c = code.toString();
        return vocabulary(vocabularyName).stream().filter(o -> o.code().equals(c)).map(ReferenceOption::label)
                .findFirst().orElse(c);
    }

    public List<ReferenceOption> getPersonnelCategories() {
        return cache.computeIfAbsent("#categories", n -> reference.personnelCategories(locale.getLocale()));
    }

    public String category(Object code) {
        return code == null ? "" : getPersonnelCategories().stream().filter(o -> o.code().equals(code.toString()))
                .map(ReferenceOption::label).findFirst().orElse(code.toString());
    }

    public List<ReferenceOption> getCountries() {
        return cache.computeIfAbsent("#countries", n -> reference.countries(locale.getLocale()));
    }

    public List<ReferenceOption> getActionTypes() {
        return cache.computeIfAbsent("#actions", n -> reference.actionTypes(locale.getLocale()));
    }

    /** A country's name in the page's language, or its code. */
    public String country(Object code) {
        return code == null ? "" : getCountries().stream().filter(o -> o.code().equals(code.toString()))
                .map(ReferenceOption::label).findFirst().orElse(code.toString());
    }

    /** An action type's label in the page's language, or its code. */
    public String actionType(Object code) {
        return code == null ? "" : getActionTypes().stream().filter(o -> o.code().equals(code.toString()))
                .map(ReferenceOption::label).findFirst().orElse(code.toString());
    }

    /**
     * A subject as people tell them apart, never by database id nor by name: "Subject 2 ·
     * Military contingent · Ghana" (its place in the case's list of subjects, its category, its
     * nationality).
     */
    public String subject(List<AllegationDetails.SubjectView> subjects, Object id) {
        if (subjects == null || id == null) {
            return "";
        }
        for (int i = 0; i < subjects.size(); i++) {
            AllegationDetails.SubjectView s = subjects.get(i);
            if (String.valueOf(s.id()).equals(id.toString())) {
                StringBuilder text = new StringBuilder(Messages.text("allegation.field.subject")).append(' ').append(i + 1)
                        .append(" · ").append(category(s.personnelCategory()));
                if (s.nationality() != null) {
                    text.append(" · ").append(country(s.nationality()));
                }
                return text.toString();
            }
        }
        return Messages.text("allegation.field.subject");
    }

    public List<ReferenceOption> getMissions() {
        return cache.computeIfAbsent("#missions", n -> reference.missions(locale.getLocale()));
    }
}
