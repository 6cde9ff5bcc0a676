package org.blueledger.security.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    @Test
    void aPassphraseOfTwelveCharactersIsAccepted() {
        assertEquals(Optional.empty(), PasswordPolicy.check("Blue-Helmet-7", "alice"));
    }

    @Test
    void elevenCharactersAreTooShort() {
        assertEquals(Optional.of(PasswordPolicy.Violation.TOO_SHORT), PasswordPolicy.check("Abcdefghij1", "alice"));
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertEquals(Optional.empty(), PasswordPolicy.check("éééééééééééé", "alice"));
    }

    @Test
    void moreThan128CharactersAreTooLong() {
        assertEquals(Optional.of(PasswordPolicy.Violation.TOO_LONG), PasswordPolicy.check("x".repeat(129), "alice"));
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertEquals(Optional.of(PasswordPolicy.Violation.TOO_COMMON), PasswordPolicy.check("Password1234", "alice"));
    }

    @Test
    void theUserNameItselfIsRefused() {
        assertEquals(Optional.of(PasswordPolicy.Violation.SAME_AS_USERNAME),
                PasswordPolicy.check("conduct.unmiss", "conduct.unmiss"));
    }

    @Test
    void aMissingPasswordIsRequired() {
        assertEquals(Optional.of(PasswordPolicy.Violation.REQUIRED), PasswordPolicy.check(null, "alice"));
        assertEquals(Optional.of(PasswordPolicy.Violation.REQUIRED), PasswordPolicy.check("", "alice"));
    }
}
