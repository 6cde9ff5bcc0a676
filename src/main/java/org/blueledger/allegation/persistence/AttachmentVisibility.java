package org.blueledger.allegation.persistence;

import jakarta.persistence.TypedQuery;
import org.blueledger.allegation.domain.AttachmentClassification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which files of one visible case a caller may see (list, file name and download), as a JPQL
 * predicate over an attachment alias {@code t}, ANDed into every attachment query so a withheld
 * file never leaves the database. Built from the caller's need to know on that case
 * ({@code CaseEntitlements}):
 * <ul>
 *   <li>{@code VICTIM_IDENTITY}: only with victim identity;</li>
 *   <li>{@code SUBJECT_IDENTITY}: only with subject identity; a liaison limited to its own
 *       nationals only when the file's subject is of its nationality;</li>
 *   <li>{@code NO_IDENTITY}: everyone who sees the case; that liaison again only when the file
 *       names a subject of its nationality.</li>
 * </ul>
 */
public final class AttachmentVisibility {

    private final String predicate;
    private final Map<String, Object> parameters;

    private AttachmentVisibility(String predicate, Map<String, Object> parameters) {
        this.predicate = predicate;
        this.parameters = parameters;
    }

    /**
     * @param victimIdentity   the caller may see the case's victim identities
     * @param subjectIdentity  the caller may see subject identities
     * @param onlyNationalsOf  the member state a liaison is limited to, or null when not limited
     */
    public static AttachmentVisibility of(boolean victimIdentity, boolean subjectIdentity, String onlyNationalsOf) {
        Map<String, Object> params = new HashMap<>();
        List<AttachmentClassification> classes = new ArrayList<>(List.of(AttachmentClassification.NO_IDENTITY));
        if (subjectIdentity) {
            classes.add(AttachmentClassification.SUBJECT_IDENTITY);
        }
        params.put("seeClasses", classes);
        if (onlyNationalsOf != null) {
            // A liaison never holds victim identity; it sees a file only when it is about one of its nationals.
            params.put("seeState", onlyNationalsOf);
            return new AttachmentVisibility("(t.classification IN :seeClasses AND EXISTS (SELECT s.id FROM Subject s "
                    + "WHERE s.id = t.subjectId AND s.nationality = :seeState))", params);
        }
        if (victimIdentity) {
            classes.add(AttachmentClassification.VICTIM_IDENTITY);
        }
        return new AttachmentVisibility("t.classification IN :seeClasses", params);
    }

    /** The predicate over alias {@code t}, to AND into a WHERE clause. */
    public String predicate() {
        return predicate;
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
