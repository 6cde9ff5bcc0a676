package org.blueledger.victimsupport.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.blueledger.allegation.service.CaseTab;

/** Victim support's tab of the case page (the case's referrals and claims), contributed through the kernel's {@link CaseTab}. */
@ApplicationScoped
public class CaseVictimSupportTab implements CaseTab {

    @Override
    public String page() {
        return "/WEB-INF/includes/case-victim-support.xhtml";
    }

    @Override
    public int order() {
        return 100;
    }
}
