package org.blueledger.allegation.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.blueledger.allegation.domain.Allegation;
import org.blueledger.allegation.domain.CaseAssignment;
import org.blueledger.allegation.persistence.AllegationRepository;
import org.blueledger.audit.domain.AuditAction;
import org.blueledger.audit.domain.AuditOutcome;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.security.domain.Role;
import org.blueledger.security.service.CallerScope;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.security.service.AccountDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * A case's assignments, one transaction each: the mission's chief assigns a conduct officer of the
 * mission or an investigator, and ends an assignment.
 */
@Stateless
@RolesAllowed({Role.Names.CONDUCT_OFFICER, Role.Names.CHIEF_OF_CONDUCT, Role.Names.HQ_CONDUCT, Role.Names.VICTIMS_RIGHTS})
public class CaseAssignmentService {

    private static final Logger LOG = Logger.getLogger(CaseAssignmentService.class.getName());

    @Inject
    AllegationRepository repository;

    @Inject
    CaseWork work;

    @Inject
    AccountDirectory directory;


    /** The mission's chief assigns a conduct officer of the mission, or an investigator, to the case. */
    @RolesAllowed(Role.Names.CHIEF_OF_CONDUCT)
    public AllegationDetails.AssignmentView assign(AssignToCase command) {
        String reference = command.reference();
        String username = command.username();
        String role = command.role();
        Long investigationId = command.investigationId();
        CallerScope caller = work.caller();
        Allegation a = openToAssign(reference, caller, AuditAction.ASSIGNED, "assign officers");
        List<FieldError> errors = new ArrayList<>();
        CaseAssignment.Role assignedRole = null;
        if (role == null || role.isBlank()) {
            errors.add(new FieldError("role", "is required", "required"));
        } else {
            try {
                assignedRole = CaseAssignment.Role.valueOf(role.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("role", "must be CONDUCT_OFFICER or INVESTIGATOR", "code.unknown"));
            }
        }
        var account = username == null || username.isBlank() ? java.util.Optional.<AccountDirectory.Entry>empty()
                : directory.find(username.strip());
        if (username == null || username.isBlank()) {
            errors.add(new FieldError("username", "is required", "required"));
        } else if (account.isEmpty() || !account.get().enabled()) {
            errors.add(new FieldError("username", "no active account '" + username + "'", "account.unknown"));
        } else if (assignedRole == CaseAssignment.Role.CONDUCT_OFFICER && !(account.get().roles().contains(Role.CONDUCT_OFFICER)
                && a.getMissionCode().equals(account.get().mission()))) {
            errors.add(new FieldError("username", "is not a conduct officer of " + a.getMissionCode(), "account.notOfficer"));
        } else if (assignedRole == CaseAssignment.Role.INVESTIGATOR && !account.get().roles().contains(Role.INVESTIGATOR)) {
            errors.add(new FieldError("username", "is not an investigator", "account.notInvestigator"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (repository.assignment(a.getId(), username.strip()).isPresent()) {
            throw new ConflictException(username + " is already assigned to " + reference + ".");
        }
        CaseAssignment assignment = new CaseAssignment(a.getId(), username.strip(), assignedRole, investigationId,
                work.now(), caller.username());
        repository.add(assignment);
        work.record(AuditAction.ASSIGNED, reference, AuditOutcome.ALLOWED, assignment.getUsername() + " as " + assignment.getRole());
        LOG.info(() -> caller.username() + " assigned " + username + " to " + reference);
        return new AllegationDetails.AssignmentView(assignment.getUsername(), assignment.getRole().name(),
                assignment.getInvestigationId(), assignment.getAssignedAt(), assignment.getAssignedBy());
    }

    /** The mission's chief ends an account's assignment to the case. */
    @RolesAllowed(Role.Names.CHIEF_OF_CONDUCT)
    public void endAssignment(String reference, String username) {
        CallerScope caller = work.caller();
        Allegation a = openToAssign(reference, caller, AuditAction.UNASSIGNED, "end assignments");
        CaseAssignment assignment = repository.assignment(a.getId(), username)
                .orElseThrow(() -> new NotFoundException(username + " is not assigned to " + reference + "."));
        repository.remove(assignment);
        work.record(AuditAction.UNASSIGNED, reference, AuditOutcome.ALLOWED, username);
        LOG.info(() -> caller.username() + " ended the assignment of " + username + " to " + reference);
    }

    /** The case through the gate, for a change of its assignments, which only the mission's chief may {@code what} (403, audited). */
    private Allegation openToAssign(String reference, CallerScope caller, AuditAction action, String what) {
        OpenedCase opened = work.open(reference, caller, action);
        Allegation a = opened.allegation();
        if (!opened.may().assign()) {
            throw work.forbidden(action, reference, "Only the chief of conduct of " + a.getMissionCode() + " may " + what + ".");
        }
        return a;
    }
}
