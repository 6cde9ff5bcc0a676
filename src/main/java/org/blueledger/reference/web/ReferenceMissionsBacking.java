package org.blueledger.reference.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.faces.LocalePreferences;
import org.blueledger.reference.service.MissionRow;
import org.blueledger.reference.service.ReferenceData;

import java.util.List;

/** reference/missions.xhtml: the missions Blue Ledger knows, current first. */
@Named
@RequestScoped
public class ReferenceMissionsBacking {

    @Inject
    ReferenceData reference;

    @Inject
    LocalePreferences locale;

    private List<MissionRow> missions;

    public List<MissionRow> getMissions() {
        if (missions == null) {
            missions = reference.missionRows(locale.getLocale());
        }
        return missions;
    }
}
