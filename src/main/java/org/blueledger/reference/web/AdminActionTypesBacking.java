package org.blueledger.reference.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.error.BusinessException;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.FormErrors;
import org.blueledger.platform.faces.Messages;
import org.blueledger.reference.service.ActionTypeAdministration;

import java.util.List;

/** admin/action-types.xhtml: the list of action types, a form to add one, and withdrawing or offering one again. */
@Named
@RequestScoped
public class AdminActionTypesBacking {

    @Inject
    ActionTypeAdministration administration;

    private List<ActionTypeAdministration.View> types;
    private String code;
    private String stage = "FINAL";
    private String authority = "MEMBER_STATE";
    private String nameEn;
    private String nameFr;

    public List<ActionTypeAdministration.View> getTypes() {
        if (types == null) {
            types = administration.list();
        }
        return types;
    }

    public void create() {
        try {
            ActionTypeAdministration.View created = administration.create(code, stage, authority, nameEn, nameFr, null);
            Messages.info("admin.actionTypes.created", created.code());
            code = null;
            nameEn = null;
            nameFr = null;
            types = null;
        } catch (ValidationFailedException e) {
            for (FieldError err : e.errors()) {
                Messages.error("actionTypeForm:" + err.field(), "admin.actionTypes.field.invalid",
                        Messages.text("admin.actionTypes." + err.field()), FormErrors.text(err));
            }
        } catch (ConflictException e) {
            Messages.error("actionTypeForm:code", "admin.actionTypes.code.taken", code);
        }
    }

    public void toggle(ActionTypeAdministration.View type) {
        try {
            administration.update(type.code(), null, null, !type.active(), null, type.version());
            Messages.info(type.active() ? "admin.actionTypes.withdrawn" : "admin.actionTypes.offered", type.code());
            types = null;
        } catch (BusinessException e) {
            Messages.errorText(null, e.getMessage());
        }
    }

    public List<String> getStages() {
        return List.of("INTERIM", "FINAL");
    }

    public List<String> getAuthorities() {
        return List.of("UN", "MEMBER_STATE", "ANY");
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getStage() { return stage; }
    public void setStage(String v) { stage = v; }
    public String getAuthority() { return authority; }
    public void setAuthority(String v) { authority = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String v) { nameFr = v; }
}
