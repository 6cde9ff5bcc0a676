package org.blueledger.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.blueledger.deadline.service.DeadlineCounts;
import org.blueledger.platform.faces.LocalePreferences;
import org.blueledger.reference.service.ReferenceData;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.AccountQueries;
import org.blueledger.security.service.CurrentUser;

import java.util.List;

/**
 * dashboard.xhtml: one panel per role the caller holds, saying what that role sees (its scope)
 * and does; for the roles that work on cases, counts first: items overdue and due soon per
 * deadline clock and per member state or mission ({@link DeadlineCounts}), each count a link
 * to the items behind it (allegation/due.xhtml), the full list one click away. The
 * administrator's panel counts accounts.
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
    DeadlineCounts deadlines;

    private AccountQueries.Summary accountSummary;
    private DeadlineCounts.DueCounts counts;

    /** Whether the caller holds a role that works on cases (and so has deadlines). */
    public boolean isCaseRole() {
        return user.getRoles().stream().anyMatch(r -> r != Role.ADMIN && r != Role.AUDITOR && r != Role.STATISTICIAN);
    }

    /** The caller's overdue and due-soon counts, per clock and per state or mission. */
    public DeadlineCounts.DueCounts getCounts() {
        if (counts == null && isCaseRole()) {
            counts = deadlines.counts();
        }
        return counts;
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

    /** A count's group in words: a member state's name, or a mission's code. */
    public String groupLabel(DeadlineCounts.GroupCount g) {
        return g.memberState() ? reference.countryName(g.group(), locale.getLocale()).orElse(g.group()) : g.group();
    }

    public AccountQueries.Summary getAccountSummary() {
        if (accountSummary == null && user.hasRole(Role.ADMIN)) {
            accountSummary = accounts.summary();
        }
        return accountSummary;
    }
}
