package org.blueledger.platform.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** Refuses to start without a usable encryption key, rather than failing at the first identity written. */
@Singleton
@Startup
public class CryptoStartupCheck {

    private static final Logger LOG = Logger.getLogger(CryptoStartupCheck.class.getName());

    @Inject
    FieldCipher cipher;

    @PostConstruct
    void check() {
        LOG.info("Identities are encrypted under key '" + cipher.activeKeyId() + "'.");
    }
}
