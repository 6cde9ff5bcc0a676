package org.blueledger.security.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.security.domain.Account;
import org.blueledger.security.domain.PasswordPolicy;
import org.blueledger.security.domain.Role;
import org.blueledger.security.persistence.AccountRepository;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/** Account administration: the administrator creates, unlocks, enables and disables accounts. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    AccountValidator validator;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    AuditLog audit;

    public AccountView createAccount(CreateAccount cmd) {
        List<FieldError> errors = validator.validate(cmd);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (accounts.findByUsername(cmd.username()).isPresent()) {
            throw new ConflictException("An account named '" + cmd.username() + "' already exists.");
        }
        Account account = new Account(cmd.username(), hasher.hash(cmd.password()), AccountValidator.roles(cmd),
                blankToNull(cmd.mission()), blankToNull(cmd.memberState()), clock.instant(), caller());
        account.setEmail(blankToNull(cmd.email()) == null ? null : cmd.email().strip());
        accounts.add(account);
        audit.record(AuditAction.ACCOUNT_CREATED, account.getUsername(), AuditOutcome.ALLOWED, "roles " + account.getRoles()
                + (account.getMissionCode() == null ? "" : ", mission " + account.getMissionCode())
                + (account.getMemberState() == null ? "" : ", member state " + account.getMemberState()));
        LOG.info(() -> "Account " + cmd.username() + " " + account.getRoles() + " created by " + caller());
        return AccountView.of(account, clock.instant());
    }

    public AccountView unlock(String username) {
        Account account = get(username);
        account.unlock();
        audit.record(AuditAction.ACCOUNT_UNLOCKED, username, AuditOutcome.ALLOWED, null);
        LOG.info(() -> "Account " + username + " unlocked by " + caller());
        return AccountView.of(account, clock.instant());
    }

    public AccountView setEnabled(String username, boolean enabled, long version) {
        Account account = get(username);
        if (account.getVersion() != version) {
            throw new ConflictException("The account was changed by someone else; reload it and try again.");
        }
        if (!enabled && username.equals(caller())) {
            throw new ValidationFailedException(List.of(new FieldError("enabled", "you cannot disable your own account")));
        }
        account.setEnabled(enabled);
        audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, username, AuditOutcome.ALLOWED, null);
        LOG.info(() -> "Account " + username + (enabled ? " enabled" : " disabled") + " by " + caller());
        return AccountView.of(account, clock.instant());
    }

    /** Sets or removes (blank) the address where an account's reminders go; with {@code version}, 409 when stale. */
    public AccountView changeEmail(String username, String email, Long version) {
        Account account = get(username);
        if (version != null && version != account.getVersion()) {
            throw new ConflictException("The account was changed by someone else; reload it and try again.");
        }
        AccountValidator.email(email).ifPresent(e -> {
            throw new ValidationFailedException(List.of(e));
        });
        account.setEmail(blankToNull(email));
        audit.record(AuditAction.ACCOUNT_EMAIL_CHANGED, username, AuditOutcome.ALLOWED, account.getEmail() == null ? "removed" : "set");
        accounts.flush();
        return AccountView.of(account, clock.instant());
    }

    /**
     * The administrator sets a new password for a user who lost theirs (the password policy
     * applies; the account is unlocked, and its API tokens end with the password's change).
     */
    public AccountView resetPassword(String username, String password) {
        Account account = get(username);
        PasswordPolicy.check(password, username).ifPresent(v -> {
            throw new ValidationFailedException(List.of(new FieldError("password", v.message(), "password." + v.name())));
        });
        account.changePassword(hasher.hash(password), clock.instant());
        audit.record(AuditAction.ACCOUNT_PASSWORD_RESET, username, AuditOutcome.ALLOWED, "by the administrator");
        LOG.info(() -> "Password of " + username + " reset by " + caller());
        accounts.flush();
        return AccountView.of(account, clock.instant());
    }

    /** The administrator removes a lost second factor and its recovery codes; the user enrols again at the next sign-in. */
    public AccountView resetSecondFactor(String username) {
        Account account = get(username);
        if (!account.isTotpEnabled()) {
            throw new ValidationFailedException(List.of(new FieldError("username", "has no second factor enrolled",
                    "account.noSecondFactor")));
        }
        account.resetSecondFactor();
        accounts.addRecoveryCodes(account.getId(), List.of());
        audit.record(AuditAction.ACCOUNT_TWO_FACTOR_RESET, username, AuditOutcome.ALLOWED, "second factor and recovery codes removed");
        LOG.info(() -> "Second factor of " + username + " reset by " + caller());
        return AccountView.of(account, clock.instant());
    }

    private Account get(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("No account named '" + username + "'."));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
