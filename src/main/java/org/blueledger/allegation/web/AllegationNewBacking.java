package org.blueledger.allegation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.faces.FormErrors;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.allegation.service.AllegationService;
import org.blueledger.platform.error.ForbiddenException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.Messages;
import org.blueledger.security.service.CurrentUser;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/** allegation/new.xhtml: the intake form, with any number of subjects and victims. */
@Named
@ViewScoped
public class AllegationNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllegationService service;

    @Inject
    CurrentUser user;

    @Inject
    AllegationOptions options;

    private AllegationForm form;

    @PostConstruct
    void init() {
        form = new AllegationForm();
        form.setMission(user.mission().orElse(null));
        form.setReceivedOn(LocalDate.now().toString());
        addSubject();
    }

    public void addSubject() {
        form.getSubjects().add(new AllegationForm.SubjectRow());
    }

    public void removeSubject(AllegationForm.SubjectRow row) {
        form.getSubjects().remove(row);
    }

    public void addVictim() {
        form.getVictims().add(new AllegationForm.VictimRow());
    }

    public void removeVictim(AllegationForm.VictimRow row) {
        form.getVictims().remove(row);
    }

    public void file() throws IOException {
        try {
            AllegationDetails filed = service.fileAllegation(form.toInput());
            Messages.info("allegation.new.filed", filed.reference());
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/allegation/view.xhtml?ref=" + filed.reference());
        } catch (ValidationFailedException e) {
            FormErrors.show("intake", e.errors());
        } catch (ForbiddenException e) {
            Messages.error(null, "allegation.new.otherMission");
        }
    }

    public AllegationForm getForm() {
        return form;
    }

    public AllegationOptions getOptions() {
        return options;
    }
}
