package org.blueledger.security.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.security.domain.Account;
import org.blueledger.security.domain.PasswordPolicy;
import org.blueledger.security.domain.Role;
import org.blueledger.security.persistence.AccountRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Every signed-in user changes their own password: the current password is required (a wrong one
 * is audited as DENIED and counts towards the account's lockout, as a wrong sign-in does), the
 * new one follows {@link PasswordPolicy} and differs from the current one, and is typed twice.
 * The account's API tokens end with the change (their credential fingerprint).
 */
@Stateless
@RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.INVESTIGATOR, Role.Names.HQ_CONDUCT,
        Role.Names.MEMBER_STATE_LIAISON, Role.Names.VICTIMS_RIGHTS, Role.Names.STATISTICIAN, Role.Names.AUDITOR,
        Role.Names.ADMIN})
public class PasswordService {

    /**
     * The refusal when the current password was wrong: it rolls nothing back, so the failure
     * count towards the lockout and the DENIED audit entry stay (nothing else was changed).
     */
    @jakarta.ejb.ApplicationException(rollback = false)
    public static final class WrongCurrentPassword extends ValidationFailedException {
        private static final long serialVersionUID = 1L;

        public WrongCurrentPassword(List<FieldError> errors) {
            super(errors);
        }
    }

    /** A change of one's own password, as typed. */
    public record ChangeOwnPassword(String current, String password, String repeat) {
    }

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecuritySettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public void changeOwnPassword(ChangeOwnPassword cmd) {
        String username = session.getCallerPrincipal().getName();
        Account account = accounts.findByUsername(username).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        boolean wrongCurrent = false;
        if (cmd.current() == null || cmd.current().isEmpty()) {
            errors.add(new FieldError("current", "is required", "password.REQUIRED"));
        } else if (account.isLockedAt(clock.instant())) {
            // locked by failures: no more guesses from this session either, until the lock ends
            audit.recordIndependently(AuditAction.PASSWORD_CHANGED, username, AuditOutcome.DENIED, "account locked");
            throw new ValidationFailedException(List.of(new FieldError("current",
                    "cannot be checked while the account is locked; try again later", "password.LOCKED")));
        } else if (!hasher.verify(cmd.current(), account.getPasswordHash())) {
            boolean locked = accounts.recordFailedLogin(account.getId(), clock.instant(), settings.lockoutPolicy());
            wrongCurrent = true;
            audit.record(AuditAction.PASSWORD_CHANGED, username, AuditOutcome.DENIED,
                    "wrong current password" + (locked ? "; account now locked" : ""));
            errors.add(new FieldError("current", "is not your current password", "password.WRONG_CURRENT"));
        }
        PasswordPolicy.check(cmd.password(), username)
                .ifPresent(v -> errors.add(new FieldError("password", v.message(), "password." + v.name())));
        if (errors.stream().noneMatch(e -> e.field().equals("password")) && cmd.password() != null && cmd.password().equals(cmd.current())) {
            errors.add(new FieldError("password", "must differ from the current password", "password.SAME_AS_CURRENT"));
        }
        if (cmd.password() != null && !cmd.password().equals(cmd.repeat())) {
            errors.add(new FieldError("repeat", "does not match the new password", "password.REPEAT_MISMATCH"));
        }
        if (wrongCurrent) {
            throw new WrongCurrentPassword(errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        account.changePassword(hasher.hash(cmd.password()), clock.instant());
        audit.record(AuditAction.PASSWORD_CHANGED, username, AuditOutcome.ALLOWED, "by the user");
        accounts.flush();
    }
}
