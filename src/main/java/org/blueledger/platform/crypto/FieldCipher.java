package org.blueledger.platform.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Encrypts confidential fields (victim and subject identity) with AES-256-GCM. Each value is
 * stored as {@code enc:v1:<key id>:<base64url(iv | ciphertext | tag)>}, bound to its field name
 * as associated data, so a value cannot be moved to another field unnoticed. Keys come from
 * {@code blueledger.crypto.keys} ({@code id:base64key,...}) and the active one from
 * {@code blueledger.crypto.active-key}; older keys stay listed until a rotation has re-encrypted
 * everything under the active key. Values without the prefix are legacy plaintext and are
 * returned as they are (the rotation encrypts them).
 */
@ApplicationScoped
public class FieldCipher {

    static final String PREFIX = "enc:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private Map<String, SecretKey> keys;
    private String activeKey;

    @PostConstruct
    void init() {
        var config = ConfigProvider.getConfig();
        configure(config.getOptionalValue("blueledger.crypto.keys", String.class).orElse(""),
                config.getOptionalValue("blueledger.crypto.active-key", String.class).orElse(null));
    }

    /** A cipher with the given keys, outside the container (tools and tests). */
    public static FieldCipher of(String keyList, String active) {
        FieldCipher c = new FieldCipher();
        c.configure(keyList, active);
        return c;
    }

    /** Parses {@code id:base64key,...}; fails with a message naming the setting when anything is wrong. */
    void configure(String keyList, String active) {
        Map<String, SecretKey> parsed = new LinkedHashMap<>();
        for (String entry : keyList.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int colon = e.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("blueledger.crypto.keys: each key is id:base64 (32 bytes)");
            }
            byte[] key = Base64.getDecoder().decode(e.substring(colon + 1));
            if (key.length != 32) {
                throw new IllegalStateException("blueledger.crypto.keys: key " + e.substring(0, colon) + " is not 32 bytes");
            }
            parsed.put(e.substring(0, colon), new SecretKeySpec(key, "AES"));
        }
        if (parsed.isEmpty()) {
            throw new IllegalStateException("No encryption key: set BLUELEDGER_CRYPTO_KEYS (id:base64 of 32 random bytes) "
                    + "and BLUELEDGER_CRYPTO_ACTIVE_KEY; see docs/operations.md");
        }
        String chosen = active == null || active.isBlank() ? parsed.keySet().iterator().next() : active.strip();
        if (!parsed.containsKey(chosen)) {
            throw new IllegalStateException("blueledger.crypto.active-key '" + chosen + "' is not in blueledger.crypto.keys");
        }
        keys = parsed;
        activeKey = chosen;
    }

    public String activeKeyId() {
        return activeKey;
    }

    /** Encrypts under the active key; null stays null. */
    public String encrypt(String field, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();
            return PREFIX + activeKey + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** Decrypts a stored value (any listed key); legacy plaintext is returned unchanged. */
    public String decrypt(String field, String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        String rest = stored.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        SecretKey key = colon <= 0 ? null : keys.get(rest.substring(0, colon));
        if (key == null) {
            throw new IllegalStateException("a value is encrypted under an unknown key; list it in blueledger.crypto.keys");
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(rest.substring(colon + 1));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            c.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a confidential value could not be decrypted (altered or wrong key)", e);
        }
    }

    /** Whether a stored value needs re-encryption under the active key (plaintext or an older key). */
    public boolean needsRotation(String stored) {
        return stored != null && !stored.startsWith(PREFIX + activeKey + ":");
    }
}
