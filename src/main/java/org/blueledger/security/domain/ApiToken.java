package org.blueledger.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A bearer token of the API, kept only as the SHA-256 hash of its value. It is valid until it
 * expires or is revoked, and only while its account's credentials (password, roles, enabled)
 * still have the fingerprint they had when it was issued.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "credential_fingerprint", nullable = false, length = 64)
    private String credentialFingerprint;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    protected ApiToken() {
    }

    public ApiToken(String tokenHash, Long userId, Instant issuedAt, Instant expiresAt, String credentialFingerprint,
                    String clientAddress) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.credentialFingerprint = credentialFingerprint;
        this.clientAddress = clientAddress;
    }

    /** Whether the token may still be used at {@code now} by an account whose credentials have {@code fingerprint}. */
    public boolean isValidAt(Instant now, String fingerprint) {
        return revokedAt == null && now.isBefore(expiresAt) && credentialFingerprint.equals(fingerprint);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
