package org.blueledger.reference.api;

import org.blueledger.platform.rest.JsonRecords;
import org.blueledger.reference.api.schema.ActionTypeSchemas;
import java.util.ArrayList;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.blueledger.platform.error.FieldError;
import org.blueledger.reference.service.ActionTypeAdministration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /api/v1/admin/action-types} (ADMIN): list, add and edit the action types offered for actions. */
@Path("admin/action-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action types", description = "The editable list of action types (ADMIN)")
public class ActionTypesResource {

    @Inject
    ActionTypeAdministration administration;

    @Context
    UriInfo uriInfo;

    @APIResponse(responseCode = "200", description = "Every action type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ActionTypes")))
    @GET
    @Operation(summary = "Every action type, offered or not: code, stage, authority, nameEn, nameFr, active, sortOrder")
    public ActionTypeSchemas.ActionTypes list() {
        return new ActionTypeSchemas.ActionTypes(administration.list().stream().map(ActionTypesResource::json).toList());
    }

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewActionType")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an action type {code, stage: INTERIM | FINAL, authority: UN | MEMBER_STATE | ANY, nameEn, nameFr, sortOrder}")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ActionType")))
    @APIResponse(responseCode = "409", description = "The code exists")
    public Response create(JsonValue body) {
        ActionTypeSchemas.NewActionType in = JsonRecords.read(body, ActionTypeSchemas.NewActionType.class);
        List<FieldError> errors = new ArrayList<>();
        Integer order = sortOrder(in.sortOrder(), errors);
        JsonRecords.failOn(errors);
        ActionTypeAdministration.View t = administration.create(in.code(), in.stage(), in.authority(), in.nameEn(),
                in.nameFr(), order);
        return Response.created(org.blueledger.platform.rest.Locations.here(uriInfo).path(t.code()).build()).entity(json(t)).build();
    }

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ActionTypeChange")))
    @APIResponse(responseCode = "200", description = "The changed type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ActionType")))
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename, reorder, withdraw or offer again {nameEn, nameFr, active, sortOrder, version}; "
            + "code, stage and authority never change; a stale version is a 409")
    @APIResponse(responseCode = "404", description = "No such action type")
    public ActionTypeSchemas.ActionType update(@PathParam("code") String code, JsonValue body) {
        ActionTypeSchemas.ActionTypeChange in = JsonRecords.read(body, ActionTypeSchemas.ActionTypeChange.class);
        List<FieldError> errors = new ArrayList<>();
        for (String fixed : List.of("stage", "authority")) {
            if (body.asJsonObject().containsKey(fixed)) {
                errors.add(new FieldError(fixed, "cannot change: recorded actions depend on it", "actionType.fixed"));
            }
        }
        Integer order = sortOrder(in.sortOrder(), errors);
        JsonRecords.failOn(errors);
        return json(administration.update(code, in.nameEn(), in.nameFr(), in.active(), order, in.version()));
    }

    static ActionTypeSchemas.ActionType json(ActionTypeAdministration.View t) {
        return new ActionTypeSchemas.ActionType(t.code(), t.stage(), t.authority(), t.nameEn(), t.nameFr(), t.active(),
                t.sortOrder(), t.version());
    }

    private static Integer sortOrder(Integer order, List<FieldError> errors) {
        if (order != null && Math.abs(order) >= 1_000_000) {
            errors.add(new FieldError("sortOrder", "must be between -999999 and 999999"));
            return null;
        }
        return order;
    }
}
