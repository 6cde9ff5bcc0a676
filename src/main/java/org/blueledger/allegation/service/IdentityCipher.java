package org.blueledger.allegation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.Subject;
import org.blueledger.allegation.domain.Victim;
import org.blueledger.platform.crypto.FieldCipher;

import java.time.LocalDate;

/**
 * Encrypts identities before they reach the entities and decrypts them only when a view is
 * built for an entitled caller. Each field has its own associated data, so a ciphertext cannot
 * be moved to another field.
 */
@ApplicationScoped
public class IdentityCipher {

    @Inject
    FieldCipher cipher;

    public void setSubject(Subject s, ValidAllegation.ValidSubject v) {
        s.update(v.category(), v.nationality(), v.sex(), v.rank(), v.unit(),
                cipher.encrypt("subject.name", v.name()), cipher.encrypt("subject.serviceNumber", v.serviceNumber()));
    }

    public void setVictim(Victim victim, ValidAllegation.ValidVictim v) {
        victim.update(v.sex(), v.ageGroup(), cipher.encrypt("victim.name", v.name()),
                cipher.encrypt("victim.dateOfBirth", v.dateOfBirth() == null ? null : v.dateOfBirth().toString()),
                cipher.encrypt("victim.contact", v.contact()));
    }

    String subjectName(Subject s) {
        return cipher.decrypt("subject.name", s.getName());
    }

    String subjectServiceNumber(Subject s) {
        return cipher.decrypt("subject.serviceNumber", s.getServiceNumber());
    }

    public String victimName(Victim v) {
        return cipher.decrypt("victim.name", v.getName());
    }

    public LocalDate victimDateOfBirth(Victim v) {
        String d = cipher.decrypt("victim.dateOfBirth", v.getDateOfBirth());
        return d == null ? null : LocalDate.parse(d);
    }

    public String victimContact(Victim v) {
        return cipher.decrypt("victim.contact", v.getContact());
    }
}
