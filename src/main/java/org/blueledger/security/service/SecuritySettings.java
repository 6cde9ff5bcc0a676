package org.blueledger.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Security settings from MicroProfile Config (see config/blueledger.properties). */
@ApplicationScoped
public class SecuritySettings {

    @Inject
    @ConfigProperty(name = "blueledger.security.lockout.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "blueledger.security.lockout.minutes", defaultValue = "15")
    int lockoutMinutes;

    @Inject
    @ConfigProperty(name = "blueledger.security.pbkdf2.iterations", defaultValue = "210000")
    int pbkdf2Iterations;

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lockout() {
        return Duration.ofMinutes(lockoutMinutes);
    }

    public org.blueledger.security.domain.LockoutPolicy lockoutPolicy() {
        return new org.blueledger.security.domain.LockoutPolicy(maxFailures, lockout());
    }

    public int pbkdf2Iterations() {
        return pbkdf2Iterations;
    }
}
