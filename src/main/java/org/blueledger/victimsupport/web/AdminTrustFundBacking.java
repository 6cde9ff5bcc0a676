package org.blueledger.victimsupport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.error.BusinessException;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.Messages;
import org.blueledger.victimsupport.service.ProjectView;
import org.blueledger.victimsupport.service.TrustFundAdministration;

import java.util.List;

/** admin/trust-fund-projects.xhtml: the Trust Fund's projects, a form to add one, and withdrawing or offering one again. */
@Named
@RequestScoped
public class AdminTrustFundBacking {

    @Inject
    TrustFundAdministration administration;

    private List<ProjectView> projects;
    private String code;
    private String name;
    private String country;

    public List<ProjectView> getProjects() {
        if (projects == null) {
            projects = administration.projects();
        }
        return projects;
    }

    public void create() {
        try {
            ProjectView p = administration.add(code, name, country);
            Messages.info("admin.trustFund.created", p.code());
            code = null;
            name = null;
            country = null;
            projects = null;
        } catch (ValidationFailedException e) {
            SupportForms.show("projectForm", e.errors());
        } catch (ConflictException e) {
            Messages.error("projectForm:code", "admin.trustFund.code.taken", code);
        }
    }

    public void toggle(ProjectView p) {
        try {
            administration.change(p.id(), p.name(), p.country(), !p.active(), p.version());
            Messages.info(p.active() ? "admin.trustFund.withdrawn" : "admin.trustFund.offered", p.code());
            projects = null;
        } catch (BusinessException e) {
            Messages.errorText(null, e.getMessage());
        }
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
}
