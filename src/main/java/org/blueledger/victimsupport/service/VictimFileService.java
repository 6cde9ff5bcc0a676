package org.blueledger.victimsupport.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.service.AllegationService;
import org.blueledger.allegation.service.CaseWork;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;
import org.blueledger.victimsupport.domain.ContactTopic;
import org.blueledger.victimsupport.domain.VictimContact;
import org.blueledger.victimsupport.persistence.ReferralRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The victims' rights officer's changes on the victim's page other than referrals and claims:
 * the dated contact log, and the erasure of the victim's identity on request (through the case
 * file, which erases the children's identities in the victim's claims and the contact notes in
 * the same transaction).
 */
@Stateless
@RolesAllowed(Role.Names.VICTIMS_RIGHTS)
public class VictimFileService {

    @Inject
    CaseWork work;

    @Inject
    ReferralRepository repository;

    @Inject
    AllegationService allegations;

    public ContactView recordContact(String reference, long victimId, LocalDate contactedOn, ContactTopic topic, String note) {
        CallerScope caller = work.caller();
        Allegation a = work.visible(reference, caller, AuditAction.VICTIM_CONTACT_RECORDED);
        if (a.getVictims().stream().noneMatch(v -> v.getId() == victimId)) {
            throw new NotFoundException("No victim " + victimId + " in " + reference + ".");
        }
        List<FieldError> errors = new ArrayList<>();
        Checks.required(contactedOn, "contactedOn", errors);
        Checks.pastDate(contactedOn, "contactedOn", work.today(), errors);
        Checks.required(topic, "topic", errors);
        Checks.maxLength(note, 1000, "note", errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        VictimContact c = new VictimContact(a.getId(), a.getReference(), a.getMissionCode(), victimId, contactedOn, topic,
                Checks.strip(note), work.now(), caller.username());
        repository.add(c);
        work.record(AuditAction.VICTIM_CONTACT_RECORDED, reference, AuditOutcome.ALLOWED, "victim " + victimId + ": " + topic
                + " on " + contactedOn);
        return new ContactView(c.getId(), c.getContactedOn(), c.getTopic(), c.getNote(), c.getRecordedBy());
    }

    /** Erases the victim's identity (and with it the children's in the victim's claims); the confirmation is required. */
    public void eraseIdentity(String reference, long victimId, String reason, boolean confirmed) {
        if (!confirmed) {
            List<FieldError> errors = new ArrayList<>();
            errors.add(new FieldError("confirmed", "tick to confirm the erasure", "erasure.confirm"));
            if (reason == null || reason.isBlank()) {
                errors.add(new FieldError("reason", "is required", "required"));
            }
            throw new ValidationFailedException(errors);
        }
        allegations.eraseVictimIdentity(reference, victimId, reason);
    }
}
