package org.blueledger.victimsupport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.victimsupport.domain.ContactTopic;
import org.blueledger.victimsupport.service.VictimFileService;

import java.time.LocalDate;

/** The contact-log and erasure forms of victims/victim.xhtml. */
@Named
@RequestScoped
public class ContactFormBacking {

    @Inject
    VictimFileService files;

    @Inject
    VictimPageBacking page;

    private LocalDate contactedOn;
    private ContactTopic topic = ContactTopic.CASE_STATUS;
    private String note;
    private String reason;
    private boolean confirmed;

    public String record() {
        return SupportForms.submit("contactForm",
                () -> files.recordContact(page.getRef(), page.getVictim(), contactedOn, topic, note),
                "victims.contact.recorded", page::reloadOutcome);
    }

    public String erase() {
        return SupportForms.submit("erasureForm",
                () -> files.eraseIdentity(page.getRef(), page.getVictim(), reason, confirmed),
                "victims.erasure.done", page::reloadOutcome);
    }

    public ContactTopic[] getTopics() {
        return ContactTopic.values();
    }

    public LocalDate getContactedOn() { return contactedOn; }
    public void setContactedOn(LocalDate v) { contactedOn = v; }
    public ContactTopic getTopic() { return topic; }
    public void setTopic(ContactTopic v) { topic = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean v) { confirmed = v; }
}
