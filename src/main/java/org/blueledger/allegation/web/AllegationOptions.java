package org.blueledger.allegation.web;

import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.platform.faces.Messages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.faces.LocalePreferences;
import org.blueledger.reference.service.ReferenceData;
import org.blueledger.reference.service.ReferenceOption;
import org.blueledger.reference.service.ReferenceOptions;

import java.io.Serializable;
import java.util.List;

/** Labelled choices for the case forms, from reference data in the page's language (read once per request). */
@Named
@RequestScoped
public class AllegationOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceData reference;

    @Inject
    LocalePreferences locale;

    /** Read once per request (not kept with the bean's state). */
    private transient ReferenceOptions options;

    private ReferenceOptions options() {
        if (options == null) {
            options = new ReferenceOptions(reference, locale::getLocale);
        }
        return options;
    }

    public List<ReferenceOption> vocabulary(String name) {
        return options().vocabulary(name);
    }

    /** The label of a code in a vocabulary, or the code itself. */
    public String label(String vocabularyName, Object code) {
        return code == null ? "" : ReferenceOptions.label(vocabulary(vocabularyName), code);
    }

    public List<ReferenceOption> getPersonnelCategories() {
        return options().personnelCategories();
    }

    public String category(Object code) {
        return code == null ? "" : ReferenceOptions.label(getPersonnelCategories(), code);
    }

    public List<ReferenceOption> getCountries() {
        return options().countries();
    }

    public List<ReferenceOption> getActionTypes() {
        return options().actionTypes();
    }

    /** A country's name in the page's language, or its code. */
    public String country(Object code) {
        return code == null ? "" : ReferenceOptions.label(getCountries(), code);
    }

    /** An action type's label in the page's language, or its code. */
    public String actionType(Object code) {
        return code == null ? "" : ReferenceOptions.label(getActionTypes(), code);
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
        return options().missions();
    }
}
