package org.blueledger.allegation.service;

import org.blueledger.allegation.domain.Allegation;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;

import java.util.List;

/**
 * A case opened for one caller by {@link CaseAccess#open}: the case, which the caller may see,
 * and what the caller may do with it ({@link CaseEntitlements}), computed once per request.
 */
public record OpenedCase(Allegation allegation, CaseEntitlements may) {

    /** Refuses a change made from another version than the stored one (409), or without a version (400). */
    void requireVersion(Long version) {
        if (version == null) {
            throw new ValidationFailedException(List.of(new FieldError("version", "is required", "required")));
        }
        if (allegation.getVersion() != version) {
            throw new ConflictException("The case was changed by " + allegation.getModifiedBy() + " at "
                    + allegation.getModifiedAt() + " (version " + allegation.getVersion() + ", yours " + version
                    + "); reload it and apply your change again.");
        }
    }
}
