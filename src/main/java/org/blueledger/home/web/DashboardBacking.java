package org.blueledger.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.platform.faces.LocalePreferences;
import org.blueledger.reference.service.ReferenceData;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.AccountQueries;
import org.blueledger.security.service.CurrentUser;

import java.util.List;

/**
 * dashboard.xhtml: one panel per role the caller holds, saying what that role sees (its scope)
 * and does; the administrator's panel also counts accounts. Work lists (cases, overdue items)
 * join these panels as their features land.
 */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    CurrentUser user;

    @Inject
    ReferenceData reference;

    @Inject
    LocalePreferences locale;

    @Inject
    AccountQueries accounts;

    @Inject
    org.blueledger.allegation.service.AllegationQueries cases;

    private AccountQueries.Summary accountSummary;
    private List<org.blueledger.allegation.service.DueItem> due;

    /** Overdue items (and a liaison's inbox of notes verbales) for roles that work on cases. */
    public List<org.blueledger.allegation.service.DueItem> getDue() {
        if (due == null) {
            boolean caseRole = user.getRoles().stream().anyMatch(r -> r != Role.ADMIN && r != Role.AUDITOR
                    && r != Role.STATISTICIAN);
            due = caseRole ? cases.dueItems() : List.of();
        }
        return due;
    }

    public String getUsername() {
        return user.getUsername();
    }

    public List<Role> getRoles() {
        return user.getRoles().stream().sorted().toList();
    }

    /** "UNMISS — United Nations Mission in South Sudan", or null for roles without a mission. */
    public String getMission() {
        return user.mission().map(code -> code + " — " + reference.missionName(code, locale.getLocale()).orElse(code))
                .orElse(null);
    }

    public String getMemberState() {
        return user.memberState().map(code -> reference.countryName(code, locale.getLocale()).orElse(code) + " (" + code + ")")
                .orElse(null);
    }

    public AccountQueries.Summary getAccountSummary() {
        if (accountSummary == null && user.hasRole(Role.ADMIN)) {
            accountSummary = accounts.summary();
        }
        return accountSummary;
    }
}
