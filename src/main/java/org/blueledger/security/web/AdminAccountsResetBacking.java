package org.blueledger.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.Messages;
import org.blueledger.security.service.AccountService;

/**
 * The "reset a password or a second factor" form of admin/accounts.xhtml (the list is
 * {@link AdminAccountsBacking}'s, the other forms {@link AdminAccountsNewBacking}'s and
 * {@link AdminAccountsEmailBacking}'s): the administrator sets a new password for a user who lost
 * theirs, or removes a lost second factor. Both are audited by {@link AccountService}.
 */
@Named
@RequestScoped
public class AdminAccountsResetBacking {

    static final String FORM = "resetForm:";

    @Inject
    AccountService service;

    private String username;
    private String password;

    public void resetPassword() {
        reset(() -> service.resetPassword(username, password), "admin.accounts.reset.passwordDone");
    }

    public void resetSecondFactor() {
        reset(() -> service.resetSecondFactor(username), "admin.accounts.reset.secondFactorDone");
    }

    private void reset(Runnable reset, String doneKey) {
        try {
            reset.run();
            Messages.info(doneKey, username);
            username = null;
        } catch (NotFoundException e) {
            Messages.error(FORM + "resetUsername", "admin.accounts.unknown", username);
        } catch (ValidationFailedException e) {
            show(e);
        } finally {
            password = null;
        }
    }

    private void show(ValidationFailedException e) {
        AccountForms.show(e.errors(), error -> FORM + ("password".equals(error.field()) ? "resetPassword" : "resetUsername"),
                error -> "password".equals(error.field()) ? "admin.accounts.reset.password" : "admin.accounts.username");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
