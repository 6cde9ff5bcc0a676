package org.blueledger.allegation.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.persistence.AllegationRepository;
import org.blueledger.allegation.persistence.AllegationScope;
import org.blueledger.allegation.persistence.CaseList;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditRow;
import org.blueledger.audit.service.CaseReaders;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;

import java.util.ArrayList;
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
    CaseWork work;

    @Inject
    AllegationRepository repository;

    @Inject
    CaseList list;

    @Inject
    IdentityCipher identities;

    @Inject
    CaseReaders readers;

    @Inject
    jakarta.enterprise.inject.Instance<CaseFollowUp> followUp;

    /** The case as the caller may see it; the read, and which identities it disclosed, go to the audit trail. */
    public AllegationDetails details(String reference) {
        CallerScope caller = work.caller();
        AllegationDetails d = AllegationViews.details(work.open(reference, caller, AuditAction.CASE_READ), repository, identities,
                followUp);
        boolean victims = d.victims().stream().anyMatch(v -> !v.identityRestricted());
        boolean subjects = d.subjects().stream().anyMatch(s -> !s.identityRestricted());
        work.record(AuditAction.CASE_READ, reference, AuditOutcome.ALLOWED, "identities shown: "
                + (victims && subjects ? "victims, subjects" : victims ? "victims" : subjects ? "subjects" : "none"));
        return d;
    }


    /** The list's filters as {@link CaseList} binds them (LIKE operands escaped, free text cut to its limit). */
    static CaseList.Filters filters(AllegationCriteria c) {
        String ref = c.referenceContains() == null || c.referenceContains().isBlank() ? null
                : "%" + likeEscaped(c.referenceContains().strip().toUpperCase()) + "%";
        String text = null;
        if (c.text() != null && !c.text().isBlank()) {
            // summary, location and reference only: identities are in other (encrypted) tables and never searched;
            // the columns' collation (utf8mb4_unicode_ci) makes the match case- and accent-insensitive
            String t = c.text().strip();
            text = "%" + likeEscaped(t.length() > AllegationCriteria.MAX_TEXT ? t.substring(0, AllegationCriteria.MAX_TEXT) : t) + "%";
        }
        return new CaseList.Filters(c.mission(), c.status() == null ? null : c.status().name(),
                c.kind() == null ? null : c.kind().name(), c.receivedFrom(), c.receivedTo(), ref, text);
    }

    /** A LIKE operand matching {@code s} literally (MariaDB's default escape character is the backslash). */
    static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** How many cases the caller may see match the filters (a maintained counter where it can: {@link CaseList}). */
    public long count(AllegationCriteria c) {
        return list.count(AllegationScope.of(work.caller()), filters(c));
    }

    public AllegationPage page(AllegationCriteria c) {
        return page(c, (String) null);
    }

    /**
     * A page of the list: {@code after} the cursor of the previous page's last case (keyset
     * paging, newest first only) or else page {@code c.page()}; with the cursor of its last case
     * as {@link AllegationPage#next()} when the page is full.
     */
    public AllegationPage page(AllegationCriteria c, String after) {
        CaseList.Cursor cursor = after == null ? null : CaseCursors.parse(after).orElseThrow(() ->
                new org.blueledger.platform.error.ValidationFailedException(List.of(
                        new org.blueledger.platform.error.FieldError("after", "must be the next of a page of this list"))));
        AllegationScope scope = AllegationScope.of(work.caller());
        CaseList.Filters f = filters(c);
        AllegationCriteria.Sort sort = c.sort() == null ? AllegationCriteria.Sort.RECEIVED_ON : c.sort();
        int size = Math.min(AllegationCriteria.MAX_SIZE, Math.max(1, c.size()));
        int page = Math.max(0, c.page());
        CaseList.Ids ids = list.page(scope, f, CaseList.Order.valueOf(sort.name()), c.ascending(), cursor,
                (long) page * size, size);
        Map<Long, Object[]> rows = list.rows(ids.ids(), "a.reference, a.missionCode, a.receivedOn, a.incidentDate, "
                + "a.kind, a.seaType, a.status, a.referredToMemberState, a.version");
        List<AllegationRow> items = new ArrayList<>();
        for (Long id : ids.ids()) {
            Object[] r = rows.get(id);
            if (r != null) { // a case that went between the two queries: nothing deletes cases, but never fail on it
                items.add(new AllegationRow((String) r[0], (String) r[1], (java.time.LocalDate) r[2],
                        (java.time.LocalDate) r[3], (org.blueledger.allegation.domain.MisconductKind) r[4],
                        (org.blueledger.allegation.domain.SeaType) r[5], (org.blueledger.allegation.domain.AllegationStatus) r[6],
                        (Boolean) r[7], ((Number) r[8]).longValue()));
            }
        }
        CaseList.Cursor next = ids.ids().size() == size && sort == AllegationCriteria.Sort.RECEIVED_ON && !c.ascending()
                ? ids.last() : null;
        return new AllegationPage(items, list.count(scope, f), page, size, next == null ? null : CaseCursors.format(next));
    }

    /**
     * Bytes of an attachment of a case the caller may see, if the caller may see that file (its
     * classification, and for a liaison its subject: the filter is in the query). A withheld file
     * answers exactly like a missing one (404), and both refusals are audited as DENIED under the
     * case's reference, without the file's name.
     */
    public AttachmentFile attachment(String reference, long attachmentId) {
        CallerScope caller = work.caller();
        Allegation a = work.visible(reference, caller, AuditAction.ATTACHMENT_DOWNLOADED);
        CaseEntitlements may = new CaseEntitlements(caller, a.getMissionCode(),
                repository.isAssigned(a.getId(), caller.username(), org.blueledger.allegation.domain.CaseAssignment.Role.CONDUCT_OFFICER));
        var meta = repository.attachment(a.getId(), attachmentId, may.attachments()).orElseThrow(() -> {
            work.recordIndependently(AuditAction.ATTACHMENT_DOWNLOADED, reference, AuditOutcome.DENIED,
                    repository.attachmentExists(a.getId(), attachmentId)
                            ? "attachment " + attachmentId + " withheld: need to know (answered 404)"
                            : "no attachment " + attachmentId + " (404)");
            return new NotFoundException("No attachment " + attachmentId + " on " + reference + ".");
        });
        work.record(AuditAction.ATTACHMENT_DOWNLOADED, reference, AuditOutcome.ALLOWED, "attachment " + meta.getId() + " ("
                + meta.getClassification() + ")");
        return new AttachmentFile(meta.getFileName(), meta.getMediaType(), repository.attachmentContent(meta.getId()));
    }

    /** Who read this case and when (newest first): for the chief of conduct of its mission only. */
    @RolesAllowed(Role.Names.CHIEF_OF_CONDUCT)
    public List<AuditRow> viewers(String reference) {
        CallerScope caller = work.caller();
        Allegation a = work.visible(reference, caller, AuditAction.CASE_VIEWERS);
        if (!a.getMissionCode().equals(caller.mission())) {
            throw work.forbidden(AuditAction.CASE_VIEWERS, reference, "Only the chief of conduct of the case's mission sees its readers.");
        }
        return readers.readsOf(reference);
    }

    /** Cases read per query while an export streams (the heap holds one such chunk at a time). */
    public static final int EXPORT_CHUNK = 1_000;

    /**
     * Starts an export of the case list with summaries (CSV): the same scope and filters as the
     * list, every matching case, newest first. Writes the EXPORT to the audit trail with the
     * number of cases before any leaves, and returns that number; the rows then come from
     * {@link #exportChunk}, a chunk per call, so the file is streamed, never built in memory.
     */
    public long exportStart(AllegationCriteria c) {
        long cases = count(c);
        work.record(AuditAction.EXPORT, "allegations", AuditOutcome.ALLOWED, cases + " cases (CSV)");
        return cases;
    }

    /**
     * The next {@value #EXPORT_CHUNK} cases of an export {@code after} the last one written (null:
     * from the newest), in the caller's scope, each as the columns of {@link CaseListCsv}.
     * Chunks are separate reads: a case filed while the file streams may or may not be in it.
     */
    public ExportChunk exportChunk(AllegationCriteria c, CaseList.Cursor after) {
        CaseList.Ids ids = list.page(AllegationScope.of(work.caller()), filters(c), CaseList.Order.RECEIVED_ON,
                false, after, 0, EXPORT_CHUNK);
        Map<Long, Object[]> rows = list.rows(ids.ids(), "a.reference, a.missionCode, a.receivedOn, a.incidentDate, "
                + "a.kind, a.seaType, a.status, a.referredToMemberState, a.location, a.summary");
        List<List<Object>> out = new ArrayList<>(ids.ids().size());
        for (Long id : ids.ids()) {
            Object[] r = rows.get(id);
            if (r != null) {
                out.add(java.util.Arrays.asList(r));
            }
        }
        return new ExportChunk(out, ids.ids().size() < EXPORT_CHUNK ? null : ids.last());
    }

    /** Rows of an export and the cursor of the next chunk (null after the last). */
    public record ExportChunk(List<List<Object>> rows, CaseList.Cursor next) {
    }

    public record AttachmentFile(String fileName, String mediaType, byte[] content) {
    }

}
