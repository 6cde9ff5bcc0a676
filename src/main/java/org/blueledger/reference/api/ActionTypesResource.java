package org.blueledger.reference.api;

import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import org.blueledger.platform.rest.JsonFields;
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
    public String list() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        administration.list().forEach(t -> items.add(json(t)));
        return Json.createObjectBuilder().add("items", items).build().toString();
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
        JsonObject o = JsonFields.object(body);
        JsonFields in = new JsonFields();
        String code = in.string(o, "code");
        String stage = in.string(o, "stage");
        String authority = in.string(o, "authority");
        String nameEn = in.string(o, "nameEn");
        String nameFr = in.string(o, "nameFr");
        Integer order = sortOrder(in, o);
        in.failIfAny();
        ActionTypeAdministration.View t = administration.create(code, stage, authority, nameEn, nameFr, order);
        return Response.created(org.blueledger.platform.rest.Locations.here(uriInfo).path(t.code()).build()).entity(json(t).toString()).build();
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
    public String update(@PathParam("code") String code, JsonValue body) {
        JsonObject o = JsonFields.object(body);
        JsonFields in = new JsonFields();
        for (String fixed : List.of("stage", "authority")) {
            if (o.containsKey(fixed)) {
                in.reject(new FieldError(fixed, "cannot change: recorded actions depend on it", "actionType.fixed"));
            }
        }
        String nameEn = in.string(o, "nameEn");
        String nameFr = in.string(o, "nameFr");
        Boolean active = in.bool(o, "active");
        Integer order = sortOrder(in, o);
        Long version = in.number(o, "version");
        in.failIfAny();
        return json(administration.update(code, nameEn, nameFr, active, order, version)).toString();
    }

    static JsonObject json(ActionTypeAdministration.View t) {
        return Json.createObjectBuilder().add("code", t.code()).add("stage", t.stage()).add("authority", t.authority())
                .add("nameEn", t.nameEn()).add("nameFr", t.nameFr()).add("active", t.active()).add("sortOrder", t.sortOrder())
                .add("version", t.version()).build();
    }

    private static Integer sortOrder(JsonFields in, JsonObject o) {
        Long order = in.number(o, "sortOrder");
        if (order != null && Math.abs(order) >= 1_000_000) {
            in.reject(new FieldError("sortOrder", "must be between -999999 and 999999"));
            return null;
        }
        return order == null ? null : order.intValue();
    }
}
