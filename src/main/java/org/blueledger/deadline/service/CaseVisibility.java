package org.blueledger.deadline.service;

import org.blueledger.security.service.CallerScope;

/**
 * The port through which the registry asks the case file whether a caller may see a case, before
 * it lists that case's clocks ({@code GET /api/v1/deadlines?reference=}): the case file implements
 * it ({@code allegation.service.CaseAccess}) with its 404 and audit entry, so the registry needs
 * no dependency on the case file.
 */
public interface CaseVisibility {

    /** Returns if the case is in the caller's scope; else throws the case file's {@code NotFoundException}, audited as a deadline read. */
    void requireVisible(String reference, CallerScope caller);
}
