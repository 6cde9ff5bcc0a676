package org.blueledger.security.service;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.transaction.UserTransaction;
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

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Inside Payara Micro: the database identity store authenticates a stored account with its
 * roles as groups, rejects a wrong password (counting the failure) and an unknown user, and
 * the account service refuses a caller without the ADMIN role.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class AuthenticationServiceIT {

    static final String PASSWORD = "In-Container-Passphrase-7";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(AuthenticationServiceIT.class, TestDatabase.class);
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

    private String newAccount(EnumSet<Role> roles) throws Exception {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        accounts.add(new Account(name, hasher.hash(PASSWORD), roles,
                roles.stream().anyMatch(Role::requiresMission) ? "UNMISS" : null, null, Instant.now(), "test"));
        tx.commit();
        return name;
    }
}
