package org.blueledger.allegation.web;

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

    public List<ReferenceOption> getMissions() {
        return cache.computeIfAbsent("#missions", n -> reference.missions(locale.getLocale()));
    }
}
