package org.blueledger.followup.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.blueledger.allegation.service.CaseTab;

/** The follow-up's tab of the case page (investigations, notes verbales, actions), contributed through the kernel's {@link CaseTab}. */
@ApplicationScoped
public class FollowUpTab implements CaseTab {

    @Override
    public String page() {
        return "/WEB-INF/includes/case-follow-up.xhtml";
    }

    @Override
    public int order() {
        return 200;
    }
}
