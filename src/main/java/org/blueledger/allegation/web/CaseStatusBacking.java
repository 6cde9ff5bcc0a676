package org.blueledger.allegation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.InvalidStatusTransitionException;
import org.blueledger.allegation.service.CaseStatusService;
import org.blueledger.allegation.service.ChangeStatus;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.ForbiddenException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.ClientIds;
import org.blueledger.platform.faces.FormErrors;
import org.blueledger.platform.faces.Messages;

import java.io.IOException;
import java.io.Serializable;

/** The status form of allegation/view.xhtml's summary tab: moves the case along its lifecycle. */
@Named
@ViewScoped
public class CaseStatusBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllegationViewBacking view;

    @Inject
    CaseStatusService service;

    private AllegationStatus targetStatus;
    private String reason;

    public void changeStatus() throws IOException {
        try {
            service.changeStatus(new ChangeStatus(view.getRef(), targetStatus == null ? null : targetStatus.name(), reason,
                    view.getDetails().version()));
            Messages.info("allegation.status.changed", view.getRef(), Messages.text("allegation.status." + targetStatus));
            view.reload("summary");
        } catch (ValidationFailedException e) {
            FormErrors.show("statusForm", e.errors());
        } catch (InvalidStatusTransitionException e) {
            Messages.error(ClientIds.inside("statusForm", "status"), "allegation.field.invalid",
                    Messages.text("allegation.status.target"), Messages.text("allegation.status.notNow"));
        } catch (ConflictException e) {
            Messages.error(null, "allegation.status.stale");
        } catch (jakarta.ejb.EJBException e) {
            if (!CaseEditBacking.isOptimisticLock(e)) {
                throw e;
            }
            Messages.error(null, "allegation.status.stale");
        } catch (ForbiddenException e) {
            Messages.error(null, "allegation.forbidden");
        }
    }

    public AllegationStatus getTargetStatus() {
        return targetStatus;
    }

    public void setTargetStatus(AllegationStatus targetStatus) {
        this.targetStatus = targetStatus;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
