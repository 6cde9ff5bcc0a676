package org.blueledger.victimsupport.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.platform.crypto.EncryptedColumns;
import org.blueledger.platform.crypto.FieldCipher;
import org.blueledger.victimsupport.domain.PaternityClaim;

import java.time.LocalDate;

/**
 * Encrypts a child's identity before it reaches the entity and decrypts it only for an
 * entitled view, as the case file's IdentityCipher does for victims (each field its own
 * associated data, so a ciphertext cannot be moved to another field).
 */
@ApplicationScoped
public class ChildIdentityCipher implements EncryptedColumns {

    static final String NAME = "child.name";
    static final String DATE_OF_BIRTH = "child.dateOfBirth";

    @Inject
    FieldCipher cipher;

    /** The key rotation (in the case file) re-encrypts these too. */
    @Override
    public java.util.List<Column> encryptedColumns() {
        return java.util.List.of(new Column("paternity_claim_child", "claim_id", "name", NAME),
                new Column("paternity_claim_child", "claim_id", "date_of_birth", DATE_OF_BIRTH));
    }

    String encryptName(String name) {
        return cipher.encrypt(NAME, name);
    }

    String encryptDateOfBirth(LocalDate d) {
        return cipher.encrypt(DATE_OF_BIRTH, d == null ? null : d.toString());
    }

    String name(PaternityClaim c) {
        return cipher.decrypt(NAME, c.getChildName());
    }

    LocalDate dateOfBirth(PaternityClaim c) {
        String d = cipher.decrypt(DATE_OF_BIRTH, c.getChildDateOfBirth());
        return d == null ? null : LocalDate.parse(d);
    }
}
