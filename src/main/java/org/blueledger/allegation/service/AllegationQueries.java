package org.blueledger.allegation.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.persistence.AllegationRepository;
import org.blueledger.allegation.persistence.AllegationScope;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.audit.service.AuditRow;
import org.blueledger.audit.service.CaseReaders;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;
import org.blueledger.security.service.CurrentUser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read side of the case file. Every query carries the caller's scope in its WHERE clause; a
 * case outside it is reported exactly like a missing one.
 */
@Stateless
@RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.INVESTIGATOR, Role.Names.HQ_CONDUCT,
        Role.Names.MEMBER_STATE_LIAISON, Role.Names.VICTIMS_RIGHTS})
public class AllegationQueries {

    @Inject
    java.time.Clock clock;

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    @Inject
    AllegationRepository repository;

    @Inject
    CurrentUser currentUser;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Inject
    IdentityCipher identities;

    @Inject
    CaseReaders readers;

    @Inject
    jakarta.enterprise.inject.Instance<CaseFollowUp> followUp;

    /** The case as the caller may see it; the read, and which identities it disclosed, go to the audit trail. */
    public AllegationDetails details(String reference) {
        CallerScope caller = currentUser.scope();
        Allegation a = access.visible(reference, caller, "CASE_READ");
        AllegationDetails d = AllegationViews.details(a, caller, repository, identities, followUp);
        boolean victims = d.victims().stream().anyMatch(v -> !v.identityRestricted());
        boolean subjects = d.subjects().stream().anyMatch(s -> !s.identityRestricted());
        audit.record("CASE_READ", reference, AuditOutcome.ALLOWED, "identities shown: "
                + (victims && subjects ? "victims, subjects" : victims ? "victims" : subjects ? "subjects" : "none"));
        return d;
    }


    /** The WHERE clause of the list and the export: the caller's scope AND the filters. */
    private record Where(String clause, Map<String, Object> params) {
    }

    private static Where where(AllegationScope scope, AllegationCriteria c) {
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.predicate());
        Map<String, Object> params = new HashMap<>();
        if (c.mission() != null) {
            where.append(" AND a.missionCode = :mission");
            params.put("mission", c.mission());
        }
        if (c.status() != null) {
            where.append(" AND a.status = :status");
            params.put("status", c.status());
        }
        if (c.kind() != null) {
            where.append(" AND a.kind = :kind");
            params.put("kind", c.kind());
        }
        if (c.receivedFrom() != null) {
            where.append(" AND a.receivedOn >= :from");
            params.put("from", c.receivedFrom());
        }
        if (c.receivedTo() != null) {
            where.append(" AND a.receivedOn <= :to");
            params.put("to", c.receivedTo());
        }
        if (c.referenceContains() != null && !c.referenceContains().isBlank()) {
            where.append(" AND a.reference LIKE :ref");
            params.put("ref", "%" + c.referenceContains().strip().toUpperCase()
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (c.text() != null && !c.text().isBlank()) {
            // summary, location and reference only: identities are in other (encrypted) tables and never searched;
            // the columns' collation (utf8mb4_unicode_ci) makes the match case- and accent-insensitive
            where.append(" AND (a.summary LIKE :text OR a.location LIKE :text OR a.reference LIKE :text)");
            String text = c.text().strip();
            params.put("text", "%" + likeEscaped(text.length() > AllegationCriteria.MAX_TEXT
                    ? text.substring(0, AllegationCriteria.MAX_TEXT) : text) + "%");
        }
        return new Where(where.toString(), params);
    }

    /** A LIKE operand matching {@code s} literally (MariaDB's default escape character is the backslash). */
    static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** How many cases the caller may see match the filters (one COUNT query, for the paginator). */
    public long count(AllegationCriteria c) {
        AllegationScope scope = AllegationScope.of(currentUser.scope());
        Where w = where(scope, c);
        TypedQuery<Long> count = scope.bind(em.createQuery("SELECT COUNT(a) FROM Allegation a" + w.clause(), Long.class));
        w.params().forEach(count::setParameter);
        return count.getSingleResult();
    }

    public AllegationPage page(AllegationCriteria c) {
        CallerScope caller = currentUser.scope();
        AllegationScope scope = AllegationScope.of(caller);
        Where w = where(scope, c);
        String where = w.clause();
        Map<String, Object> params = w.params();
        AllegationCriteria.Sort sort = c.sort() == null ? AllegationCriteria.Sort.RECEIVED_ON : c.sort();
        String order = " ORDER BY " + sort.path + (c.ascending() ? " ASC" : " DESC") + ", a.id" + (c.ascending() ? " ASC" : " DESC");
        int size = Math.min(AllegationCriteria.MAX_SIZE, Math.max(1, c.size()));
        int page = Math.max(0, c.page());
        TypedQuery<AllegationRow> rows = scope.bind(em.createQuery("SELECT NEW org.blueledger.allegation.service.AllegationRow("
                + "a.reference, a.missionCode, a.receivedOn, a.incidentDate, a.kind, a.seaType, a.status, "
                + "a.referredToMemberState, a.version) FROM Allegation a" + where + order, AllegationRow.class));
        TypedQuery<Long> count = scope.bind(em.createQuery("SELECT COUNT(a) FROM Allegation a" + where, Long.class));
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AllegationRow> items = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new AllegationPage(new ArrayList<>(items), count.getSingleResult(), page, size);
    }

    /**
     * Bytes of an attachment of a case the caller may see, if the caller may see that file (its
     * classification, and for a liaison its subject: the filter is in the query). A withheld file
     * answers exactly like a missing one (404), and both refusals are audited as DENIED under the
     * case's reference, without the file's name.
     */
    public AttachmentFile attachment(String reference, long attachmentId) {
        CallerScope caller = currentUser.scope();
        Allegation a = access.visible(reference, caller, "ATTACHMENT_DOWNLOADED");
        CaseEntitlements may = new CaseEntitlements(caller, a.getMissionCode(),
                repository.isAssigned(a.getId(), caller.username(), org.blueledger.allegation.domain.CaseAssignment.Role.CONDUCT_OFFICER));
        var meta = repository.attachment(a.getId(), attachmentId, may.attachments()).orElseThrow(() -> {
            audit.recordIndependently("ATTACHMENT_DOWNLOADED", reference, AuditOutcome.DENIED,
                    repository.attachmentExists(a.getId(), attachmentId)
                            ? "attachment " + attachmentId + " withheld: need to know (answered 404)"
                            : "no attachment " + attachmentId + " (404)");
            return new NotFoundException("No attachment " + attachmentId + " on " + reference + ".");
        });
        audit.record("ATTACHMENT_DOWNLOADED", reference, AuditOutcome.ALLOWED, "attachment " + meta.getId() + " ("
                + meta.getClassification() + ")");
        return new AttachmentFile(meta.getFileName(), meta.getMediaType(), repository.attachmentContent(meta.getId()));
    }

    /** Who read this case and when (newest first): for the chief of conduct of its mission only. */
    @RolesAllowed(Role.Names.CHIEF_OF_CONDUCT)
    public List<AuditRow> viewers(String reference) {
        CallerScope caller = currentUser.scope();
        Allegation a = access.visible(reference, caller, "CASE_VIEWERS");
        if (!a.getMissionCode().equals(caller.mission())) {
            throw access.forbidden("CASE_VIEWERS", reference, "Only the chief of conduct of the case's mission sees its readers.");
        }
        return readers.readsOf(reference);
    }

    public static final int EXPORT_MAX = 10_000;

    /**
     * The case list with summaries, for export (CSV): same scope and filters as the list, at most
     * {@value #EXPORT_MAX} rows, written to the audit trail as an EXPORT.
     */
    public List<List<Object>> export(AllegationCriteria c) {
        CallerScope caller = currentUser.scope();
        AllegationScope scope = AllegationScope.of(caller);
        Where w = where(scope, c);
        String where = w.clause();
        Map<String, Object> params = w.params();
        TypedQuery<Object[]> q = scope.bind(em.createQuery("SELECT a.reference, a.missionCode, a.receivedOn, a.incidentDate, "
                + "a.kind, a.seaType, a.status, a.referredToMemberState, a.location, a.summary FROM Allegation a" + where
                + " ORDER BY a.receivedOn DESC, a.id DESC", Object[].class));
        params.forEach(q::setParameter);
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] r : q.setMaxResults(EXPORT_MAX).getResultList()) {
            rows.add(java.util.Arrays.asList(r));
        }
        audit.record("EXPORT", "allegations", AuditOutcome.ALLOWED, rows.size() + " cases (CSV)");
        return rows;
    }

    public record AttachmentFile(String fileName, String mediaType, byte[] content) {
    }

}
