package org.blueledger.security.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Password rules (OWASP ASVS 5.0 V6.2): at least 12 and at most 128 characters, not one of
 * the commonly used passwords, and not the user name itself. Returns the message key of
 * the first rule broken, so web and API can each word it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** A broken rule, with its English wording; pages word it from the bundle key {@code validation.password.<name>}. */
    public enum Violation {
        REQUIRED("is required"),
        TOO_SHORT("must be at least " + MIN_LENGTH + " characters long"),
        TOO_LONG("must be at most " + MAX_LENGTH + " characters long"),
        TOO_COMMON("is too common; choose a passphrase nobody would guess"),
        SAME_AS_USERNAME("must not be the user name");

        private final String message;

        Violation(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** Empty when acceptable, otherwise the first rule broken. */
    public static Optional<Violation> check(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Violation.REQUIRED);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Violation.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Violation.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of(Violation.TOO_COMMON);
        }
        if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Violation.SAME_AS_USERNAME);
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    set.add(s.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
