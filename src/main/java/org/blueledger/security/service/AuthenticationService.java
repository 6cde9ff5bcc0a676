package org.blueledger.security.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.security.domain.Account;
import org.blueledger.security.domain.Role;
import org.blueledger.security.persistence.AccountRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks a user name and password and keeps the lockout state: each failure is counted in
 * the database (so it holds across instances) and the configured number of consecutive
 * failures locks the account for the configured time. Runs in its own transaction, so a
 * failure is recorded even though the sign-in is refused.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    private static final Logger LOG = Logger.getLogger(AuthenticationService.class.getName());

    public record Authenticated(String username, Set<Role> roles) {
    }

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecuritySettings settings;

    @Inject
    LoginOutcome outcome;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /**
     * Whether a signed-in web session may go on: the account still exists and is enabled.
     * Checked on every page request, so disabling an account ends its sessions at once.
     */
    /** Whether the account has enrolled a second factor: the API then takes tokens, not Basic (api.md). */
    public boolean hasEnrolledSecondFactor(String username) {
        return accounts.findByUsername(username).map(Account::isTotpEnabled).orElse(false);
    }

    public boolean isActive(String username) {
        return accounts.findByUsername(username).map(Account::isEnabled).orElse(false);
    }

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "blueledger.security.two-factor.required", defaultValue = "true")
    boolean twoFactorRequired;

    private boolean usesSecondFactor(Account account) {
        return account.isTotpEnabled() || (twoFactorRequired
                && account.getRoles().stream().anyMatch(TwoFactorService.IDENTITY_ROLES::contains));
    }

    /** Who the trail names for a sign-in attempt under a name that is no account. */
    public static final String UNKNOWN_USER = "(unknown)";

    public Optional<Authenticated> authenticate(String username, String password) {
        Instant now = clock.instant();
        Optional<Account> found = username == null || username.length() > 64
                ? Optional.empty() : accounts.findByUsername(username);
        if (found.isEmpty() || !found.get().isEnabled()) {
            hasher.verifyNothing(password == null ? "" : password);
            outcome.set(LoginOutcome.Result.INVALID);
            // an unknown name is not recorded as typed: it is often a password typed into the wrong field
            audit.recordAs(found.isEmpty() ? UNKNOWN_USER : username, AuditAction.LOGIN, null, AuditOutcome.DENIED,
                    found.isEmpty() ? "unknown user name (not recorded)" : "account disabled");
            LOG.info(() -> "Sign-in refused: unknown or disabled account");
            return Optional.empty();
        }
        Account account = found.get();
        if (account.isLockedAt(now)) {
            hasher.verifyNothing(password == null ? "" : password);
            outcome.set(LoginOutcome.Result.LOCKED);
            audit.recordAs(account.getUsername(), AuditAction.LOGIN, account.getUsername(), AuditOutcome.DENIED, "account locked");
            LOG.info(() -> "Sign-in refused: account " + account.getUsername() + " is locked");
            return Optional.empty();
        }
        if (password == null || !hasher.verify(password, account.getPasswordHash())) {
            // no lock: anyone could lock anyone out by guessing; SignInThrottle slows the guessing address down
            outcome.set(LoginOutcome.Result.INVALID);
            audit.recordAs(account.getUsername(), AuditAction.LOGIN, account.getUsername(), AuditOutcome.DENIED, "wrong password");
            LOG.info(() -> "Sign-in failed for " + account.getUsername());
            return Optional.empty();
        }
        if (usesSecondFactor(account)) {
            // the failure count is reset only by a correct second factor, so wrong codes keep counting
            if (accounts.recordPasswordAccepted(account.getId(), now)) {
                audit.recordAs(account.getUsername(), AuditAction.LOGIN, account.getUsername(), AuditOutcome.ALLOWED,
                        "password accepted (a web sign-in still needs the second factor)");
            }
            outcome.set(LoginOutcome.Result.SUCCESS);
            return Optional.of(new Authenticated(account.getUsername(), account.getRoles()));
        }
        if (accounts.recordSuccessfulLogin(account.getId(), now)) {
            // API clients authenticate on every request: one entry per user and minute at most
            audit.recordAs(account.getUsername(), AuditAction.LOGIN, account.getUsername(), AuditOutcome.ALLOWED, null);
        }
        outcome.set(LoginOutcome.Result.SUCCESS);
        return Optional.of(new Authenticated(account.getUsername(), account.getRoles()));
    }
}
