package org.blueledger.security.api.schema;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;


import java.util.List;

/** The bodies and answers of {@code /admin/users}, kept in step with {@code AccountsResource} and {@code AccountValidator}. */
public final class AccountSchemas {

    private AccountSchemas() {
    }

    /**
     * {@code AccountsResource.create}; checked by {@code AccountValidator.validate}. {@code roles} carries no
     * field annotation (Payara then loses its items) and is required at the record level.
     */
    @Schema(name = "NewAccount", requiredProperties = {"username", "password", "roles"},
            description = "roles: at least one. CONDUCT_OFFICER and CHIEF_OF_CONDUCT need a mission; MEMBER_STATE_LIAISON "
            + "a memberState; ADMIN and AUDITOR combine with no other role")
    public record NewAccount(
            @Schema(required = true, pattern = "^[a-z0-9][a-z0-9._-]{2,63}$") String username,
            @Schema(required = true, minLength = 12, description = "At least 12 characters, not the user name")
            String password,
            List<RoleName> roles,
            @Schema(nullable = true, description = "Mission code, for mission-scoped roles", example = "UNMISS") String mission,
            @Schema(nullable = true, pattern = "^[A-Z]{3}$", description = "ISO 3166 alpha-3, for a liaison")
            String memberState,
            @Schema(nullable = true, maxLength = 254, format = "email", description = "Where reminders go") String email) {
    }

    /** {@code AccountsResource.changeEmail}; checked by {@code AccountService.changeEmail}. */
    @Schema(name = "EmailChange", description = "null or blank removes the address")
    public record EmailChange(
            @Schema(nullable = true, maxLength = 254, format = "email") String email,
            @Schema(nullable = true, minimum = "0", description = "The version read; 409 when stale") Long version) {
    }

    /** {@code AccountsResource.json}: optional fields are absent, not null. */
    @Schema(name = "Account", requiredProperties = {"username", "roles", "enabled", "locked", "version"})
    public record Account(
            @Schema(required = true) String username,
            List<RoleName> roles,
            @Schema(required = true) boolean enabled,
            @Schema(required = true) boolean locked,
            @Schema(required = true, minimum = "0") long version,
            String mission,
            @Schema(pattern = "^[A-Z]{3}$") String memberState,
            @Schema(format = "email") String email,
            @Schema(format = "date-time") String createdAt,
            @Schema(format = "date-time") String lastLoginAt) {
    }

    /** {@code AccountsResource.list}. */
    @Schema(name = "AccountPage")
    public record Page(
            @Schema(required = true, type = SchemaType.ARRAY, implementation = Account.class) List<Account> items,
            @Schema(required = true, minimum = "0") long total,
            @Schema(required = true, minimum = "0") int page,
            @Schema(required = true, minimum = "1", maximum = "200") int size) {
    }
}
