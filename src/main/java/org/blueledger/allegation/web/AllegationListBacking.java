package org.blueledger.allegation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.MisconductKind;
import org.blueledger.allegation.service.AllegationCriteria;
import org.blueledger.allegation.service.AllegationQueries;
import org.blueledger.platform.faces.LocalePreferences;
import org.blueledger.reference.service.ReferenceData;
import org.blueledger.reference.service.ReferenceOption;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CurrentUser;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** allegation/list.xhtml: the cases the caller may see, filtered, sorted and paged in SQL. */
@Named
@ViewScoped
public class AllegationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllegationQueries queries;

    @Inject
    ReferenceData reference;

    @Inject
    LocalePreferences locale;

    @Inject
    CurrentUser user;

    private AllegationLazyModel cases;
    private List<ReferenceOption> missions;
    private boolean canFile;
    private String mission;
    private AllegationStatus status;
    private MisconductKind kind;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    private String referenceText;

    @PostConstruct
    void init() {
        cases = new AllegationLazyModel(queries, this::criteria);
        missions = reference.missions(locale.getLocale());
        canFile = user.hasRole(Role.CONDUCT_OFFICER) || user.hasRole(Role.CHIEF_OF_CONDUCT);
    }

    private AllegationCriteria criteria() {
        return new AllegationCriteria(mission, status, kind, receivedFrom, receivedTo, referenceText,
                AllegationCriteria.Sort.RECEIVED_ON, false, 0, 25);
    }

    public AllegationLazyModel getCases() {
        return cases;
    }

    public List<ReferenceOption> getMissions() {
        return missions;
    }

    public boolean isCanFile() {
        return canFile;
    }

    public AllegationStatus[] getStatuses() {
        return AllegationStatus.values();
    }

    public MisconductKind[] getKinds() {
        return MisconductKind.values();
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public AllegationStatus getStatus() {
        return status;
    }

    public void setStatus(AllegationStatus status) {
        this.status = status;
    }

    public MisconductKind getKind() {
        return kind;
    }

    public void setKind(MisconductKind kind) {
        this.kind = kind;
    }

    public LocalDate getReceivedFrom() {
        return receivedFrom;
    }

    public void setReceivedFrom(LocalDate receivedFrom) {
        this.receivedFrom = receivedFrom;
    }

    public LocalDate getReceivedTo() {
        return receivedTo;
    }

    public void setReceivedTo(LocalDate receivedTo) {
        this.receivedTo = receivedTo;
    }

    public String getReferenceText() {
        return referenceText;
    }

    public void setReferenceText(String referenceText) {
        this.referenceText = referenceText;
    }
}
