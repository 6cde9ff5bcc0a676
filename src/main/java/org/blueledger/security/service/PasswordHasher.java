package org.blueledger.security.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 hashes in Jakarta Security's format
 * {@code PBKDF2WithHmacSHA256:iterations:salt:hash}; verification reads the iterations from the
 * stored hash, so raising the configured count only affects new and changed passwords.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    SecuritySettings settings;

    private String dummy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(Math.max(1024, settings.pbkdf2Iterations())),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummy = hash.generate("not-a-real-password-0000".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String stored) {
        return hash.verify(password.toCharArray(), stored);
    }

    /** Spends the time of one verification, so unknown user names answer as slowly as known ones. */
    public void verifyNothing(String password) {
        hash.verify(password.toCharArray(), dummy);
    }
}
