package org.blueledger.victimsupport.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.Victim;
import org.blueledger.allegation.service.IdentityCipher;
import org.blueledger.allegation.service.CaseWork;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;
import org.blueledger.victimsupport.domain.TrustFundProject;
import org.blueledger.victimsupport.persistence.ClaimRepository;
import org.blueledger.victimsupport.persistence.ReferralRepository;
import org.blueledger.victimsupport.persistence.SupportScope;
import org.blueledger.victimsupport.persistence.WorkspaceRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The read side of the victims' rights workspace: the victims in the officer's scope (its
 * mission, or all), one victim's file (identity decrypted and the read audited with the case),
 * a case's victim-support tab, and the dashboard's counts.
 */
@Stateless
@RolesAllowed(Role.Names.VICTIMS_RIGHTS)
public class VictimSupportQueries {

    @Inject
    CaseWork work;

    @Inject
    WorkspaceRepository workspace;

    @Inject
    ClaimRepository claims;

    @Inject
    ReferralRepository referrals;

    @Inject
    IdentityCipher identities;

    @Inject
    ChildIdentityCipher children;

    public List<VictimRow> victims(int first, int size) {
        String mission = work.caller().mission();
        return workspace.victims(mission, Math.max(0, first), Math.max(1, Math.min(200, size))).stream()
                .map(r -> new VictimRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], String.valueOf(r[3]),
                        String.valueOf(r[4]), String.valueOf(r[5]), ((Number) r[6]).longValue(), ((Number) r[7]).longValue(),
                        Boolean.TRUE.equals(r[8]) || Integer.valueOf(1).equals(r[8]))).toList();
    }

    public long countVictims() {
        return workspace.countVictims(work.caller().mission());
    }

    /** For a liaison's dashboard: the open claims against its state's nationals. */
    @RolesAllowed(Role.Names.MEMBER_STATE_LIAISON)
    public long openClaimsOfMyState() {
        String state = work.caller().memberState();
        return state == null ? 0 : workspace.openClaimsOfState(state);
    }

    public SupportSummary summary() {
        String mission = work.caller().mission();
        return new SupportSummary(workspace.openReferrals(mission), workspace.openClaims(mission, null),
                workspace.openClaims(mission, work.today()));
    }

    /** The victim's page; a case or victim outside the officer's scope is a 404 (audited by the case gate). */
    public VictimFile victim(String reference, long victimId) {
        CallerScope caller = work.caller();
        Allegation a = work.visible(reference, caller, AuditAction.VICTIM_FILE_READ);
        Victim v = a.getVictims().stream().filter(x -> x.getId() == victimId).findFirst().orElseThrow(() -> {
            work.recordIndependently(AuditAction.VICTIM_FILE_READ, reference, AuditOutcome.DENIED, "no victim " + victimId + " (404)");
            return new NotFoundException("No victim " + victimId + " in " + reference + ".");
        });
        LocalDate today = work.today();
        Map<Long, String> projects = referrals.projects(false).stream()
                .collect(Collectors.toMap(TrustFundProject::getId, TrustFundProject::getName, (x, y) -> x));
        List<ReferralView> refs = referrals.ofVictim(a.getId(), victimId).stream()
                .map(r -> ReferralService.view(r, caller, projects)).toList();
        List<ClaimView> cls = claims.ofVictim(a.getId(), victimId).stream()
                .map(c -> ClaimViews.view(c, caller, v, today, identities, children)).toList();
        List<ContactView> contacts = referrals.contacts(a.getId(), victimId).stream()
                .map(c -> new ContactView(c.getId(), c.getContactedOn(), c.getTopic(), c.getNote(), c.getRecordedBy())).toList();
        List<VictimFile.SubjectOption> subjects = a.getSubjects().stream().map(s -> new VictimFile.SubjectOption(s.getId(),
                String.valueOf(s.getPersonnelCategory()), s.getNationality())).toList();
        work.record(AuditAction.VICTIM_FILE_READ, reference, AuditOutcome.ALLOWED, "victim " + victimId
                + "; identities shown: victim" + (cls.isEmpty() ? "" : ", children of " + cls.size() + " claims"));
        return new VictimFile(a.getReference(), a.getMissionCode(), String.valueOf(a.getStatus()), a.getReceivedOn(),
                String.valueOf(a.getKind()), a.getSeaType() == null ? null : a.getSeaType().name(), victimId,
                String.valueOf(v.getSex()), String.valueOf(v.getAgeGroup()), identities.victimName(v),
                identities.victimDateOfBirth(v), identities.victimContact(v), !v.hasIdentity(), refs, cls, contacts, subjects);
    }

    /** A case's referrals and claims, as the caller may see them (the case page's tab); identities as entitled. */
    @RolesAllowed({Role.Names.VICTIMS_RIGHTS, Role.Names.HQ_CONDUCT, Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT,
            Role.Names.MEMBER_STATE_LIAISON})
    public CaseSupport ofCase(String reference) {
        CallerScope caller = work.caller();
        work.visible(reference, caller, AuditAction.VICTIM_SUPPORT_READ);
        LocalDate today = work.today();
        SupportScope referralScope = SupportScope.referrals(caller, "r");
        SupportScope claimScope = SupportScope.claims(caller, "c");
        Map<Long, String> projects = referrals.projects(false).stream()
                .collect(Collectors.toMap(TrustFundProject::getId, TrustFundProject::getName, (x, y) -> x));
        List<ReferralView> refs = referralScope.isNothing() ? List.of()
                : referrals.ofCase(referralScope, reference).stream().map(r -> ReferralService.view(r, caller, projects)).toList();
        List<org.blueledger.victimsupport.domain.PaternityClaim> rows = claimScope.isNothing() ? List.of()
                : claims.page(claimScope, null, null, reference, 0, 200);
        Map<Long, Victim> victims = claims.victims(rows.stream().filter(c -> ClaimViews.entitledToIdentity(caller, c))
                .map(org.blueledger.victimsupport.domain.PaternityClaim::getVictimId).toList());
        List<ClaimView> cls = rows.stream().map(c -> ClaimViews.view(c, caller, victims.get(c.getVictimId()), today, identities,
                children)).toList();
        if (cls.stream().anyMatch(c -> !c.identityRestricted())) {
            // the case page's own read (CASE_READ) is audited already; this entry records the identities the tab adds
            work.record(AuditAction.VICTIM_SUPPORT_READ, reference, AuditOutcome.ALLOWED, refs.size() + " referrals, " + cls.size()
                    + " claims; identities shown: claimants, children");
        }
        return new CaseSupport(refs, cls);
    }
}
