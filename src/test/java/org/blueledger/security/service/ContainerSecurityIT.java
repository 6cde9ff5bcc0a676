package org.blueledger.security.service;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.transaction.UserTransaction;
import org.blueledger.allegation.service.AllegationCriteria;
import org.blueledger.allegation.service.AllegationInput;
import org.blueledger.allegation.service.AllegationQueries;
import org.blueledger.allegation.service.AllegationService;
import org.blueledger.allegation.service.AssignToCase;
import org.blueledger.allegation.service.AttachFile;
import org.blueledger.allegation.service.CaseAssignmentService;
import org.blueledger.allegation.service.CaseAttachmentService;
import org.blueledger.allegation.service.CaseStatusService;
import org.blueledger.allegation.service.ChangeStatus;
import org.blueledger.allegation.service.CorrectAllegation;
import org.blueledger.security.domain.Account;
import org.blueledger.security.domain.Role;
import org.blueledger.security.persistence.AccountRepository;
import org.blueledger.testsupport.Deployments;
import org.blueledger.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Inside Payara Micro (one deployment for all in-container checks, so one server start): the
 * database identity store authenticates a stored account with its roles as groups, rejects a
 * wrong password (counting the failure) and an unknown user; the account service refuses a
 * caller without the ADMIN role; and every use case and query of the case file is refused by
 * the container to a caller without a case role, before any code of ours runs (the allowed
 * paths, role by role, are exercised over HTTP by AllegationsApiIT and CaseFileUiIT).
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
@ResourceLock(Deployments.ARQUILLIAN)
class ContainerSecurityIT {

    static final String PASSWORD = "In-Container-Passphrase-7";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(ContainerSecurityIT.class, TestDatabase.class);
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountService accountService;

    @Inject
    UserTransaction tx;

    @Test
    void theIdentityStoreAuthenticatesAStoredAccountWithItsRolesAsGroups() throws Exception {
        String name = newAccount(EnumSet.of(Role.CHIEF_OF_CONDUCT, Role.CONDUCT_OFFICER));
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(name, PASSWORD));
        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals(name, result.getCallerPrincipal().getName());
        assertEquals(Set.of("CHIEF_OF_CONDUCT", "CONDUCT_OFFICER"), result.getCallerGroups());
    }

    @Test
    void theIdentityStoreRejectsAWrongPasswordWithoutLockingTheAccount() throws Exception {
        String name = newAccount(EnumSet.of(Role.AUDITOR));
        for (int i = 0; i < 6; i++) {
            CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(name, "Wrong-Passphrase-00" + i));
            assertEquals(CredentialValidationResult.Status.INVALID, result.getStatus());
        }
        // wrong passwords are throttled per address by the mechanism (SignInThrottle), never counted towards a lock
        assertEquals(0, accounts.findByUsername(name).orElseThrow().getFailedLogins());
        assertEquals(null, accounts.findByUsername(name).orElseThrow().getLockedUntil());
        assertEquals(CredentialValidationResult.Status.VALID,
                identityStores.validate(new UsernamePasswordCredential(name, PASSWORD)).getStatus());
    }

    @Test
    void theIdentityStoreRejectsAnUnknownUser() {
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential("nobody-" + UUID.randomUUID(), PASSWORD));
        assertEquals(CredentialValidationResult.Status.INVALID, result.getStatus());
    }

    @Test
    void aCallerWithoutTheAdminRoleCannotCreateAccounts() {
        assertThrows(EJBAccessException.class, () -> accountService.createAccount(
                new CreateAccount("intruder-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD,
                        List.of("ADMIN"), null, null)));
    }

    @Inject
    AllegationService service;

    @Inject
    CaseStatusService statuses;

    @Inject
    CaseAssignmentService assignments;

    @Inject
    CaseAttachmentService attachments;

    @Inject
    AllegationQueries queries;

    static final AllegationInput INPUT = new AllegationInput("UNMISS", "2018-05-14", null, "SEA", "SEXUAL_ABUSE", null,
            "SERIOUS", null, "HOTLINE", "x", null, List.of(), List.of());

    @Test
    void anUnauthenticatedCallerIsRefusedEveryCaseOperation() {
        Map<String, Executable> calls = Map.of(
                "fileAllegation", () -> service.fileAllegation(INPUT),
                "correctAllegation", () -> service.correctAllegation(new CorrectAllegation("UNMISS-2018-0001", INPUT, 0L)),
                "changeStatus", () -> statuses.changeStatus(new ChangeStatus("UNMISS-2018-0001", "CLOSED_OTHER", "x", 0L)),
                "assign", () -> assignments.assign(new AssignToCase("UNMISS-2018-0001", "someone", "CONDUCT_OFFICER", null)),
                "endAssignment", () -> assignments.endAssignment("UNMISS-2018-0001", "someone"),
                "attach", () -> attachments.attach("UNMISS-2018-0001", new AttachFile("EVIDENCE", null, null, "a.pdf", new byte[] {1})),
                "details", () -> queries.details("UNMISS-2018-0001"),
                "page", () -> queries.page(AllegationCriteria.firstPage(10)),
                "attachment", () -> queries.attachment("UNMISS-2018-0001", 1L));
        calls.forEach((name, call) -> assertThrows(EJBAccessException.class, call, name));
    }

    private String newAccount(EnumSet<Role> roles) throws Exception {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        accounts.add(new Account(name, hasher.hash(PASSWORD), roles,
                roles.stream().anyMatch(Role::requiresMission) ? "UNMISS" : null, null, Instant.now(), "test"));
        tx.commit();
        return name;
    }
}
