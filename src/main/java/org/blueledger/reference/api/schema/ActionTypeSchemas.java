package org.blueledger.reference.api.schema;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The bodies and answers of {@code /admin/action-types}, bound and returned by {@code ActionTypesResource}, checked by {@code ActionTypeAdministration}. */
public final class ActionTypeSchemas {

    private ActionTypeSchemas() {
    }

    /** {@code ActionTypesResource.create}. */
    @Schema(name = "NewActionType")
    public record NewActionType(
            @Schema(required = true, pattern = "^[A-Z][A-Z0-9_]{2,59}$") String code,
            @Schema(required = true, enumeration = {"INTERIM", "FINAL"}) String stage,
            @Schema(required = true, enumeration = {"UN", "MEMBER_STATE", "ANY"}) String authority,
            @Schema(required = true) String nameEn,
            @Schema(required = true) String nameFr,
            @Schema(nullable = true, minimum = "-999999", maximum = "999999", description = "Default: after the last")
            Integer sortOrder) {
    }

    /** {@code ActionTypesResource.update}: stage and authority may not be sent. */
    @Schema(name = "ActionTypeChange", description = "code, stage and authority never change (sending stage or authority is a 400)")
    public record ActionTypeChange(
            @Schema(nullable = true) String nameEn,
            @Schema(nullable = true) String nameFr,
            @Schema(nullable = true) Boolean active,
            @Schema(nullable = true, minimum = "-999999", maximum = "999999") Integer sortOrder,
            @Schema(nullable = true, minimum = "0", description = "The version read; 409 when stale") Long version) {
    }

    /** {@code ActionTypesResource.json}. */
    @Schema(name = "ActionType")
    public record ActionType(
            @Schema(required = true) String code,
            @Schema(required = true, enumeration = {"INTERIM", "FINAL"}) String stage,
            @Schema(required = true, enumeration = {"UN", "MEMBER_STATE", "ANY"}) String authority,
            @Schema(required = true) String nameEn,
            @Schema(required = true) String nameFr,
            @Schema(required = true) boolean active,
            @Schema(required = true) int sortOrder,
            @Schema(required = true, minimum = "0") long version) {
    }

    /** {@code ActionTypesResource.list}. */
    @Schema(name = "ActionTypes")
    public record ActionTypes(@Schema(required = true, type = SchemaType.ARRAY, implementation = ActionType.class) List<ActionType> items) {
    }
}
