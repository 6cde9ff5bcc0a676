package org.blueledger.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.blueledger.security.domain.Role;

import java.util.stream.Collectors;

/**
 * The database identity store: accounts in {@code app_user}, PBKDF2 hashes, roles as groups,
 * lockout after repeated failures (see {@link AuthenticationService}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AuthenticationService authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return authentication.authenticate(upc.getCaller(), upc.getPasswordAsString())
                .map(a -> new CredentialValidationResult(a.username(),
                        a.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
