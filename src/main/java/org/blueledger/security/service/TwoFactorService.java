package org.blueledger.security.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.platform.crypto.FieldCipher;
import org.blueledger.security.domain.Account;
import org.blueledger.security.domain.Role;
import org.blueledger.security.domain.Totp;
import org.blueledger.security.persistence.AccountRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Two-factor web sign-in with TOTP (RFC 6238). Every role that can see an identity must enrol at
 * its first sign-in (unless {@code blueledger.security.two-factor.required} is false, as in the
 * demo); anyone enrolled is asked for a code. Ten one-time recovery codes are issued at
 * enrolment. The API keeps HTTP Basic (api.md). The user name always comes from the server-side
 * session of a password-verified sign-in, never from the form.
 */
@Stateless
@PermitAll
public class TwoFactorService {

    /** Roles that see a victim's or a subject's identity. */
    public static final Set<Role> IDENTITY_ROLES = EnumSet.of(Role.CONDUCT_OFFICER, Role.CHIEF_OF_CONDUCT,
            Role.INVESTIGATOR, Role.HQ_CONDUCT, Role.MEMBER_STATE_LIAISON, Role.VICTIMS_RIGHTS);
    static final int RECOVERY_CODES = 10;

    public enum Step { NONE, VERIFY, ENROL }

    private final SecureRandom random = new SecureRandom();

    @Inject
    AccountRepository accounts;

    @Inject
    FieldCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    SecuritySettings settings;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "blueledger.security.two-factor.required", defaultValue = "true")
    boolean required;

    /** What a user who has just given the right password must still do. */
    public Step stepAfterPassword(String username) {
        Account a = accounts.findByUsername(username).orElseThrow();
        if (a.isTotpEnabled()) {
            return Step.VERIFY;
        }
        boolean needs = required && a.getRoles().stream().anyMatch(IDENTITY_ROLES::contains);
        return needs ? Step.ENROL : Step.NONE;
    }

    public String newSecret() {
        return Totp.newSecret(random);
    }

    /** Confirms an enrolment with a first code; returns the recovery codes (shown once), or empty when the code is wrong. */
    public List<String> confirmEnrolment(String username, String secret, String code) {
        Account a = accounts.findByUsername(username).orElseThrow();
        if (a.isLockedAt(clock.instant()) || !a.isEnabled()) {
            audit.recordAs(username, AuditAction.TWO_FACTOR_ENROLMENT, username, AuditOutcome.DENIED, "account locked or disabled");
            return List.of();
        }
        OptionalLong step = Totp.verify(secret, code, clock.instant(), null);
        if (step.isEmpty()) {
            boolean locked = accounts.recordFailedLogin(a.getId(), clock.instant(), settings.lockoutPolicy());
            audit.recordAs(username, AuditAction.TWO_FACTOR_ENROLMENT, username, AuditOutcome.DENIED,
                    "wrong code" + (locked ? "; account now locked" : ""));
            return List.of();
        }
        a.enableTotp(cipher.encrypt("account.totpSecret", secret), step.getAsLong());
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String c = Totp.newSecret(random).substring(0, 10).toLowerCase(Locale.ROOT);
            String shown = c.substring(0, 5) + "-" + c.substring(5);
            codes.add(shown);
            hashes.add(sha256(shown));
        }
        accounts.addRecoveryCodes(a.getId(), hashes);
        // a bulk update flushes the entity change first; done last so the two never race
        accounts.recordSuccessfulLogin(a.getId(), clock.instant());
        audit.recordAs(username, AuditAction.TWO_FACTOR_ENROLMENT, username, AuditOutcome.ALLOWED, RECOVERY_CODES + " recovery codes issued");
        return codes;
    }

    /** Checks a TOTP code (never the same step twice) or a recovery code (once); failures count towards the lockout. */
    public boolean verify(String username, String code) {
        Account a = accounts.findByUsername(username).orElseThrow();
        if (a.isLockedAt(clock.instant()) || !a.isEnabled()) {
            audit.recordAs(username, AuditAction.LOGIN_SECOND_FACTOR, username, AuditOutcome.DENIED, "account locked or disabled");
            return false;
        }
        String given = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        boolean ok;
        String how;
        if (given.matches("\\d{6}")) {
            OptionalLong step = Totp.verify(cipher.decrypt("account.totpSecret", a.getTotpSecret()), given,
                    clock.instant(), a.getTotpLastStep());
            ok = step.isPresent() && accounts.acceptTotpStep(a.getId(), step.getAsLong());
            how = "authenticator code";
        } else {
            ok = accounts.useRecoveryCode(a.getId(), sha256(given), clock.instant());
            how = "recovery code";
        }
        if (!ok) {
            boolean locked = accounts.recordFailedLogin(a.getId(), clock.instant(), settings.lockoutPolicy());
            audit.recordAs(username, AuditAction.LOGIN_SECOND_FACTOR, username, AuditOutcome.DENIED,
                    "wrong " + how + (locked ? "; account now locked" : ""));
            return false;
        }
        accounts.recordSuccessfulLogin(a.getId(), clock.instant());
        audit.recordAs(username, AuditAction.LOGIN_SECOND_FACTOR, username, AuditOutcome.ALLOWED, how);
        return true;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
