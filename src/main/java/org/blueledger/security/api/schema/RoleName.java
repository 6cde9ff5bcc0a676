package org.blueledger.security.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The role names of api.md as an OpenAPI enum (the items of {@code roles}); exactly
 * {@link org.blueledger.security.domain.Role}'s constants, which {@code SchemaEnumsTest} checks.
 */
@Schema(name = "Role", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)
public enum RoleName {
    CONDUCT_OFFICER, CHIEF_OF_CONDUCT, INVESTIGATOR, HQ_CONDUCT, MEMBER_STATE_LIAISON, VICTIMS_RIGHTS, STATISTICIAN,
    AUDITOR, ADMIN
}
