package org.blueledger.allegation.service;

import java.io.IOException;

/**
 * The kernel's tab port, the page side: the case open on the case page, as the tabs other
 * features contribute ({@link CaseTab}) reach it without knowing the kernel's page bean. The
 * case page's view-scoped bean implements it; a feature's tab bean injects {@code OpenCase}.
 */
public interface OpenCase {

    /** The case's reference, from the page's address. */
    String getRef();

    /** The case as the caller may see it, with the caller's permissions; null before it is loaded. */
    AllegationDetails getDetails();

    /** A form of a tab was submitted: the page shows that tab again (its name, the tab's id without "Tab"). */
    void showTab(String name);

    /** After a successful submit: the case page again (PRG), on the tab {@code name}. */
    void reload(String name) throws IOException;
}
