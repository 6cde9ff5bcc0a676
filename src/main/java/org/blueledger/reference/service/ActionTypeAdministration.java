package org.blueledger.reference.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.reference.domain.ActionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The administrator's edits of the list of action types (issue #6: "an editable list of action
 * types"): add a type, rename it, reorder it, stop or resume offering it. A type is never
 * deleted and its code, stage and authority never change: recorded actions refer to them.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ActionTypeAdministration {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,59}");
    static final Set<String> STAGES = Set.of("INTERIM", "FINAL");
    static final Set<String> AUTHORITIES = Set.of("UN", "MEMBER_STATE", "ANY");

    public record View(String code, String stage, String authority, String nameEn, String nameFr, boolean active,
                       int sortOrder, long version) {

        static View of(ActionType t) {
            return new View(t.getCode(), t.getStage(), t.getAuthority(), t.getNameEn(), t.getNameFr(), t.isActive(),
                    t.getSortOrder(), t.getVersion());
        }
    }

    @PersistenceContext(unitName = "blueledger")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** Every type, offered or not, in the order of the lists. */
    public List<View> list() {
        return em.createQuery("SELECT t FROM ActionType t ORDER BY t.sortOrder, t.code", ActionType.class)
                .getResultStream().map(View::of).toList();
    }

    public View create(String code, String stage, String authority, String nameEn, String nameFr, Integer sortOrder) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || code.isBlank()) {
            errors.add(new FieldError("code", "is required", "required"));
        } else if (!CODE.matcher(code.strip()).matches()) {
            errors.add(new FieldError("code", "must be 3 to 60 capital letters, digits or '_', starting with a letter",
                    "actionType.code"));
        }
        if (stage == null || !STAGES.contains(stage.strip())) {
            errors.add(new FieldError("stage", "must be one of " + STAGES, stage == null ? "required" : "code.unknown"));
        }
        if (authority == null || !AUTHORITIES.contains(authority.strip())) {
            errors.add(new FieldError("authority", "must be one of " + AUTHORITIES,
                    authority == null ? "required" : "code.unknown"));
        }
        names(nameEn, nameFr, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        String c = code.strip();
        if (em.find(ActionType.class, c) != null) {
            throw new ConflictException("An action type " + c + " already exists.");
        }
        int order = sortOrder != null ? sortOrder
                : em.createQuery("SELECT COALESCE(MAX(t.sortOrder), 0) FROM ActionType t", Integer.class).getSingleResult() + 1;
        ActionType t = new ActionType(c, stage.strip(), authority.strip(), nameEn.strip(), nameFr.strip(), order);
        em.persist(t);
        em.flush();
        audit.record(AuditAction.ACTION_TYPE_CREATED, null, AuditOutcome.ALLOWED, c + " (" + t.getStage() + ", " + t.getAuthority() + ")");
        return View.of(t);
    }

    /**
     * Renames, reorders, or stops or resumes offering a type; a field left out stays as it is.
     * With {@code version}, a type changed by someone else meanwhile is refused (409).
     */
    public View update(String code, String nameEn, String nameFr, Boolean active, Integer sortOrder, Long version) {
        ActionType t = code == null ? null : em.find(ActionType.class, code);
        if (t == null) {
            throw new NotFoundException("No action type " + code + ".");
        }
        if (version != null && version != t.getVersion()) {
            throw new ConflictException("Action type " + code + " was changed meanwhile (version " + t.getVersion() + ").");
        }
        List<FieldError> errors = new ArrayList<>();
        names(nameEn == null ? t.getNameEn() : nameEn, nameFr == null ? t.getNameFr() : nameFr, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        t.rename(nameEn == null ? t.getNameEn() : nameEn.strip(), nameFr == null ? t.getNameFr() : nameFr.strip());
        if (active != null) {
            t.setActive(active);
        }
        if (sortOrder != null) {
            t.setSortOrder(sortOrder);
        }
        audit.record(AuditAction.ACTION_TYPE_CHANGED, null, AuditOutcome.ALLOWED, t.getCode() + (t.isActive() ? " offered" : " withdrawn"));
        em.flush();
        return View.of(t);
    }

    private static void names(String nameEn, String nameFr, List<FieldError> errors) {
        name("nameEn", nameEn, errors);
        name("nameFr", nameFr, errors);
    }

    private static void name(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required", "required"));
        } else if (value.strip().length() > 200) {
            errors.add(new FieldError(field, "must be at most 200 characters", "tooLong"));
        }
    }
}
