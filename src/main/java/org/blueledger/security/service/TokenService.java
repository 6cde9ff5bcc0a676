package org.blueledger.security.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.request.ClientAddress;
import org.blueledger.security.domain.Account;
import org.blueledger.security.domain.ApiToken;
import org.blueledger.security.domain.Role;
import org.blueledger.security.persistence.AccountRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Bearer tokens of the API (api.md "Authentication"). Issued to a caller who has just proved
 * its password (HTTP Basic) and, when it has enrolled a second factor, a current TOTP code;
 * stored only as a SHA-256 hash; checked with one indexed lookup and no password hashing. A
 * token ends at its expiry ({@code blueledger.api.token-hours}, 8), when revoked, and as soon as
 * the account is disabled or its password, roles or scope change (the credential fingerprint).
 */
@Stateless
@PermitAll
public class TokenService {

    /** What a valid token stands for. */
    /** Whom a token stands for: name, roles, and the mission or member state the account is bound to. */
    public record Caller(String username, Set<String> groups, String mission, String memberState) {
    }

    /** A new token: its value (shown once) and its expiry. */
    public record Issued(String token, Instant expiresAt) {
    }

    /**
     * Why a token could not be issued. An application exception that does not roll back: the
     * wrong code's count towards the lockout (written by TwoFactorService in this transaction)
     * must stay, or codes could be guessed without limit through the API.
     */
    @jakarta.ejb.ApplicationException(rollback = false)
    public static final class SecondFactorRefused extends RuntimeException {
        public SecondFactorRefused() {
            super("The code is not valid.", null, false, false);
        }
    }

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    TwoFactorService twoFactor;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "blueledger.api.token-hours", defaultValue = "8")
    int tokenHours;

    /** Issues a token to {@code username}, whose password the caller has just verified. */
    public Issued issue(String username, String code) {
        Account a = accounts.findByUsername(username).filter(Account::isEnabled).orElseThrow(SecondFactorRefused::new);
        if (a.isTotpEnabled()) {
            if (code == null || code.isBlank()) {
                throw new ValidationFailedException(List.of(new FieldError("code",
                        "is required: this account has a second factor; send the current code of the authenticator app",
                        "required")));
            }
            if (!twoFactor.verify(username, code)) {
                throw new SecondFactorRefused();
            }
        }
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofHours(Math.max(1, tokenHours)));
        em.persist(new ApiToken(sha256(token), a.getId(), now, expires, fingerprint(a), ClientAddress.current()));
        audit.recordAs(username, AuditAction.API_TOKEN_ISSUED, username, AuditOutcome.ALLOWED, "expires " + expires);
        return new Issued(token, expires);
    }

    /** The caller a token stands for, while it is valid; no password hashing, no write. */
    public Optional<Caller> authenticate(String token) {
        if (token == null || token.length() < 20 || token.length() > 200) {
            return Optional.empty();
        }
        List<ApiToken> found = em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :h", ApiToken.class)
                .setParameter("h", sha256(token)).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken t = found.get(0);
        Account a = em.find(Account.class, t.getUserId());
        if (a == null || !t.isValidAt(clock.instant(), fingerprint(a))) {
            return Optional.empty();
        }
        return Optional.of(new Caller(a.getUsername(), a.getRoles().stream().map(Role::name).collect(Collectors.toSet()),
                a.getMissionCode(), a.getMemberState()));
    }

    /** Ends the token (sign-out); true when it was valid until now. */
    public boolean revoke(String token, String username) {
        if (token == null) {
            return false;
        }
        List<ApiToken> found = em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :h", ApiToken.class)
                .setParameter("h", sha256(token)).getResultList();
        if (found.isEmpty() || found.get(0).getRevokedAt() != null) {
            return false;
        }
        found.get(0).revoke(clock.instant());
        audit.recordAs(username, AuditAction.API_TOKEN_REVOKED, username, AuditOutcome.ALLOWED, "sign-out");
        return true;
    }

    /** What must stay the same for a token to stay valid: password, roles, scope, enabled. */
    static String fingerprint(Account a) {
        return sha256(a.getPasswordHash() + "|" + new TreeSet<>(a.getRoles().stream().map(Role::name).toList())
                + "|" + a.getMissionCode() + "|" + a.getMemberState() + "|" + a.isEnabled());
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
