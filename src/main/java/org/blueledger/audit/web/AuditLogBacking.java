package org.blueledger.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditQueries;
import org.blueledger.platform.faces.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** audit/log.xhtml: the auditor filters the trail by user, record, action, outcome and period, and checks the chain. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditQueries queries;

    private AuditLazyModel entries;
    private String user;
    private String reference;
    private String action;
    private AuditOutcome outcome;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        entries = new AuditLazyModel(queries, this::criteria);
    }

    private AuditQueries.Criteria criteria() {
        return new AuditQueries.Criteria(blank(user), blank(reference), blank(action), outcome,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), 0, 50);
    }

    public void verify() {
        AuditQueries.Verification v = queries.verify();
        if (v.intact()) {
            Messages.info("audit.verify.intact", v.entriesChecked());
        } else {
            Messages.error(null, "audit.verify.broken", v.firstBadEntryId(), v.entriesChecked());
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public AuditLazyModel getEntries() {
        return entries;
    }

    /** Every action the trail records, for the filter (labelled by {@code formats.labels}). */
    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
