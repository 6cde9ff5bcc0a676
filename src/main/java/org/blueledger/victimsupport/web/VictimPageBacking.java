package org.blueledger.victimsupport.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.faces.Messages;
import org.blueledger.victimsupport.service.VictimFile;
import org.blueledger.victimsupport.service.VictimSupportQueries;

import java.io.Serializable;

/**
 * victims/victim.xhtml?ref=…&amp;victim=…: the victim's identity, the case in summary, referrals,
 * claims and the contact log; the forms of the page (ReferralFormBacking, ClaimFormBacking,
 * ContactFormBacking) act on the victim this bean loaded.
 */
@Named
@ViewScoped
public class VictimPageBacking implements Serializable {

    @Inject
    transient VictimSupportQueries queries;

    private String ref;
    private Long victim;
    private VictimFile file;

    /** f:viewAction: loads the file once; a case or victim out of scope shows the not-found message. */
    public void load() {
        if (file != null) {
            return;
        }
        if (ref == null || victim == null) {
            Messages.error(null, "victims.victim.notFound");
            return;
        }
        try {
            file = queries.victim(ref, victim);
        } catch (NotFoundException e) {
            Messages.error(null, "victims.victim.notFound");
        }
    }

    /** The outcome that reloads this page after a successful change (PRG). */
    String reloadOutcome() {
        return "/victims/victim?faces-redirect=true&ref=" + ref + "&victim=" + victim;
    }

    public VictimFile getFile() {
        return file;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public Long getVictim() {
        return victim;
    }

    public void setVictim(Long victim) {
        this.victim = victim;
    }
}
