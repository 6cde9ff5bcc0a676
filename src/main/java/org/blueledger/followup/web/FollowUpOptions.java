package org.blueledger.followup.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.allegation.service.OpenCase;
import org.blueledger.followup.domain.FollowUpKind;
import org.blueledger.platform.faces.LocalePreferences;
import org.blueledger.platform.faces.Messages;
import org.blueledger.reference.service.ReferenceData;
import org.blueledger.reference.service.ReferenceOption;
import org.blueledger.reference.service.ReferenceOptions;

import java.util.Arrays;
import java.util.List;

/**
 * The follow-up tabs' labelled choices, from reference data in the page's language (read once
 * per request), and what the open case ({@link OpenCase}) lets the caller choose: a liaison
 * records only final actions of its own state.
 */
@Named
@RequestScoped
public class FollowUpOptions {

    @Inject
    ReferenceData reference;

    @Inject
    LocalePreferences locale;

    @Inject
    OpenCase view;

    private ReferenceOptions options;

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

    public List<ReferenceOption> getCountries() {
        return options().countries();
    }

    /** A country's name in the page's language, or its code. */
    public String country(Object code) {
        return code == null ? "" : ReferenceOptions.label(getCountries(), code);
    }

    /** An action type's label in the page's language, or its code. */
    public String actionType(Object code) {
        return code == null ? "" : ReferenceOptions.label(options().actionTypes(), code);
    }

    /** A subject as people tell them apart, never by id nor by name: "Subject 2 · Military contingent · Ghana". */
    public String subject(List<AllegationDetails.SubjectView> subjects, Object id) {
        if (subjects == null || id == null) {
            return "";
        }
        for (int i = 0; i < subjects.size(); i++) {
            AllegationDetails.SubjectView s = subjects.get(i);
            if (String.valueOf(s.id()).equals(id.toString())) {
                String category = ReferenceOptions.label(options().personnelCategories(), s.personnelCategory());
                return Messages.text("allegation.field.subject") + " " + (i + 1) + " · " + category
                        + (s.nationality() == null ? "" : " · " + country(s.nationality()));
            }
        }
        return Messages.text("allegation.field.subject");
    }

    /** The stages of an action the caller may record: a liaison records only final ones. */
    public List<ReferenceOption> getStages() {
        return liaisonOnly("ACTION_STAGE", "FINAL");
    }

    /** The authorities of an action the caller may record: a liaison records only its state's. */
    public List<ReferenceOption> getAuthorities() {
        return liaisonOnly("ACTION_AUTHORITY", "MEMBER_STATE");
    }

    /** The action types the caller may record: a liaison, only final ones its state takes. */
    public List<ReferenceOption> getActionTypes() {
        return liaison() ? options().actionTypes("FINAL", "MEMBER_STATE") : options().actionTypes();
    }

    public List<String> getFollowUpKinds() {
        return Arrays.stream(FollowUpKind.values()).map(Enum::name).toList();
    }

    private List<ReferenceOption> liaisonOnly(String vocabulary, String code) {
        List<ReferenceOption> all = vocabulary(vocabulary);
        return liaison() ? all.stream().filter(o -> o.code().equals(code)).toList() : all;
    }

    private boolean liaison() {
        AllegationDetails d = view.getDetails();
        return d != null && d.permissions().answersForState() != null;
    }
}
