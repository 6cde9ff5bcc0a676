package org.blueledger.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.Messages;
import org.blueledger.security.service.PasswordService;

/**
 * account/password.xhtml: every signed-in user changes their own password. The service checks
 * the current password and the policy; each refusal is shown next to its field.
 */
@Named
@RequestScoped
public class AccountPasswordBacking {

    static final String FORM = "passwordForm:";

    @Inject
    PasswordService service;

    private String current;
    private String password;
    private String repeat;

    public String change() {
        try {
            service.changeOwnPassword(new PasswordService.ChangeOwnPassword(current, password, repeat));
            Messages.info("account.password.changed");
            return "/dashboard?faces-redirect=true";
        } catch (ValidationFailedException e) {
            AccountForms.show(e.errors(), error -> FORM + error.field(), error -> "account.password." + error.field());
            return null;
        } finally {
            current = null;
            password = null;
            repeat = null;
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
