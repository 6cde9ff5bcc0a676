package org.blueledger.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.error.BusinessException;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.faces.Messages;
import org.blueledger.security.service.AccountQueries;
import org.blueledger.security.service.AccountService;
import org.blueledger.security.service.AccountView;

import java.io.Serializable;

/**
 * admin/accounts.xhtml: the list of accounts with unlock and enable/disable. The page's forms
 * have beans of their own: {@link AdminAccountsNewBacking} (new account),
 * {@link AdminAccountsEmailBacking} (e-mail address), {@link AdminAccountsResetBacking} (resets).
 */
@Named
@ViewScoped
public class AdminAccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService service;

    @Inject
    AccountQueries queries;

    private AccountLazyModel accounts;

    @PostConstruct
    void init() {
        accounts = new AccountLazyModel(queries);
    }

    public void unlock(String account) {
        act(() -> service.unlock(account), "admin.accounts.unlocked", account);
    }

    public void toggleEnabled(AccountView account) {
        act(() -> service.setEnabled(account.username(), !account.enabled(), account.version()),
                account.enabled() ? "admin.accounts.disabled" : "admin.accounts.enabled", account.username());
    }

    private void act(Runnable action, String messageKey, String account) {
        try {
            action.run();
            Messages.info(messageKey, account);
        } catch (NotFoundException | ConflictException e) {
            Messages.error(null, "admin.accounts.stale");
        } catch (ValidationFailedException e) {
            e.errors().forEach(err -> Messages.errorText(null, err.message()));
        } catch (BusinessException e) {
            Messages.errorText(null, e.getMessage());
        }
    }

    public AccountLazyModel getAccounts() {
        return accounts;
    }
}
