package org.blueledger.followup.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.blueledger.allegation.service.CaseTab;

/** The case page's tab of referrals for criminal accountability, contributed through the kernel's {@link CaseTab} (after the record's edit tab). */
@ApplicationScoped
public class CriminalReferralsTab implements CaseTab {

    @Override
    public String page() {
        return "/WEB-INF/includes/case-criminal-referrals.xhtml";
    }

    @Override
    public int order() {
        return 600;
    }
}
