package org.blueledger.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.Messages;
import org.blueledger.security.service.AccountService;
import org.blueledger.security.service.AccountView;

/** The "change an account's e-mail address" form of admin/accounts.xhtml ({@code emailForm}); audited by {@link AccountService}. */
@Named
@RequestScoped
public class AdminAccountsEmailBacking {

    @Inject
    AccountService service;

    private String username;
    private String email;

    public void changeEmail() {
        try {
            AccountView changed = service.changeEmail(username, email, null);
            Messages.info("admin.accounts.emailChanged", changed.username());
            username = null;
            email = null;
        } catch (NotFoundException e) {
            Messages.error("emailForm:emailUsername", "admin.accounts.unknown", username);
        } catch (ValidationFailedException e) {
            Messages.error("emailForm:newEmail", "admin.accounts.field.invalid", Messages.text("admin.accounts.email"),
                    Messages.text("validation.email.format"));
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
