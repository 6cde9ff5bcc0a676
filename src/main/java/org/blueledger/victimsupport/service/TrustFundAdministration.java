package org.blueledger.victimsupport.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.audit.service.AuditLog;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CurrentUser;
import org.blueledger.victimsupport.domain.TrustFundProject;
import org.blueledger.victimsupport.persistence.ReferralRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The administrator's list of Trust Fund projects, the providers of TRUST_FUND referrals: add,
 * rename, move, deactivate (never delete: referrals keep naming them). Changes carry the
 * version read (409 when stale) and are audited.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class TrustFundAdministration {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,39}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    @Inject
    ReferralRepository repository;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    public List<ProjectView> projects() {
        return repository.projects(false).stream().map(TrustFundAdministration::view).toList();
    }

    public ProjectView add(String code, String name, String country) {
        List<FieldError> errors = new ArrayList<>();
        String c = Checks.strip(code);
        Checks.required(c, "code", errors);
        if (c != null && !CODE.matcher(c).matches()) {
            errors.add(new FieldError("code", "must be 2 to 40 capital letters, digits, '-' or '_'", "project.code"));
        }
        fields(name, country, errors);
        if (c != null && errors.isEmpty() && repository.projectByCode(c).isPresent()) {
            throw new ConflictException("A Trust Fund project " + c + " exists already.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        TrustFundProject p = new TrustFundProject(c, name.strip(), Checks.strip(country), clock.instant(),
                currentUser.getUsername());
        repository.add(p);
        audit.record(AuditAction.TRUST_FUND_PROJECT_ADDED, "trust-fund-projects", AuditOutcome.ALLOWED, c + ": " + p.getName());
        return view(p);
    }

    public ProjectView change(long id, String name, String country, Boolean active, Long version) {
        TrustFundProject p = repository.project(id).orElseThrow(() -> new NotFoundException("No Trust Fund project " + id + "."));
        List<FieldError> errors = new ArrayList<>();
        fields(name, country, errors);
        Checks.required(active, "active", errors);
        Checks.required(version, "version", errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (p.getVersion() != version) {
            throw new ConflictException("The project was changed by " + p.getModifiedBy() + " (version " + p.getVersion()
                    + ", yours " + version + "); reload it and apply your change again.");
        }
        p.update(name.strip(), Checks.strip(country), active, clock.instant(), currentUser.getUsername());
        repository.flush();
        audit.record(AuditAction.TRUST_FUND_PROJECT_CHANGED, "trust-fund-projects", AuditOutcome.ALLOWED, p.getCode() + ": "
                + p.getName() + (active ? "" : " (inactive)"));
        return view(p);
    }

    private void fields(String name, String country, List<FieldError> errors) {
        Checks.required(Checks.strip(name), "name", errors);
        Checks.maxLength(name == null ? null : name.strip(), 200, "name", errors);
        String k = Checks.strip(country);
        if (k != null && (!COUNTRY.matcher(k).matches() || !repository.countryExists(k))) {
            errors.add(new FieldError("country", "must be an ISO 3166 alpha-3 code of a known country (NPL)", "country.unknown"));
        }
    }

    static ProjectView view(TrustFundProject p) {
        return new ProjectView(p.getId(), p.getVersion(), p.getCode(), p.getName(), p.getCountry(), p.isActive());
    }
}
