package org.blueledger.allegation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.allegation.service.AllegationQueries;
import org.blueledger.allegation.service.AllegationService;
import org.blueledger.allegation.service.CorrectAllegation;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.ForbiddenException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.FormErrors;
import org.blueledger.platform.faces.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The edit tab of allegation/view.xhtml: corrects the record; a stale correction is refused and
 * the user is told what changed meanwhile.
 */
@Named
@ViewScoped
public class CaseEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllegationViewBacking view;

    @Inject
    AllegationService service;

    @Inject
    AllegationQueries queries;

    private AllegationForm form;

    public void save() throws IOException {
        view.showTab("edit");
        AllegationDetails details = view.getDetails();
        try {
            service.correctAllegation(new CorrectAllegation(view.getRef(), getForm().toInput(), details.version()));
            Messages.info("allegation.edit.saved", view.getRef());
            view.reload("edit");
        } catch (ValidationFailedException e) {
            FormErrors.show("editForm", e.errors());
        } catch (ConflictException | jakarta.ejb.EJBException e) {
            if (e instanceof jakarta.ejb.EJBException && !isOptimisticLock(e)) {
                throw e;
            }
            AllegationDetails current = queries.details(view.getRef());
            Messages.error(null, "allegation.edit.stale", current.modifiedBy(), current.modifiedAt().toString(),
                    String.join(", ", changedFields(details, current)));
        } catch (ForbiddenException e) {
            Messages.error(null, "allegation.forbidden");
        }
    }

    /** The form, filled from the case as loaded for the view. */
    public AllegationForm getForm() {
        if (form == null && view.getDetails() != null) {
            form = AllegationForm.of(view.getDetails());
        }
        return form;
    }

    /** The fields whose values differ between the version the user started from and the stored one. */
    static List<String> changedFields(AllegationDetails base, AllegationDetails now) {
        List<String> changed = new ArrayList<>();
        compare(changed, "receivedOn", base.receivedOn(), now.receivedOn());
        compare(changed, "incidentDate", base.incidentDate(), now.incidentDate());
        compare(changed, "kind", base.kind(), now.kind());
        compare(changed, "seaType", base.seaType(), now.seaType());
        compare(changed, "seaSubtype", base.seaSubtype(), now.seaSubtype());
        compare(changed, "seriousness", base.seriousness(), now.seriousness());
        compare(changed, "thematicArea", base.thematicArea(), now.thematicArea());
        compare(changed, "source", base.source(), now.source());
        compare(changed, "summary", base.summary(), now.summary());
        compare(changed, "location", base.location(), now.location());
        compare(changed, "status", base.status(), now.status());
        compare(changed, "subjects", base.subjects(), now.subjects());
        compare(changed, "victims", base.victims(), now.victims());
        return changed.stream().map(f -> Messages.text("allegation.field." + f)).toList();
    }

    private static void compare(List<String> changed, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(field);
        }
    }

    /** A concurrent change the database's version check caught (rather than the service's). */
    static boolean isOptimisticLock(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
