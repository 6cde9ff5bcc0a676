package org.blueledger.reference.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.reference.service.ActionTypeAdministration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
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

    @GET
    @Operation(summary = "Every action type, offered or not: code, stage, authority, nameEn, nameFr, active, sortOrder")
    public String list() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        administration.list().forEach(t -> items.add(json(t)));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an action type {code, stage: INTERIM | FINAL, authority: UN | MEMBER_STATE | ANY, nameEn, nameFr, sortOrder}")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The code exists")
    public Response create(JsonValue body) {
        List<FieldError> errors = new ArrayList<>();
        JsonObject o = object(body);
        String code = string(o, "code", errors);
        String stage = string(o, "stage", errors);
        String authority = string(o, "authority", errors);
        String nameEn = string(o, "nameEn", errors);
        String nameFr = string(o, "nameFr", errors);
        Integer order = integer(o, "sortOrder", errors);
        fail(errors);
        ActionTypeAdministration.View t = administration.create(code, stage, authority, nameEn, nameFr, order);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(t.code()).build()).entity(json(t).toString()).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename, reorder, withdraw or offer again {nameEn, nameFr, active, sortOrder, version}; "
            + "code, stage and authority never change; a stale version is a 409")
    @APIResponse(responseCode = "404", description = "No such action type")
    public String update(@PathParam("code") String code, JsonValue body) {
        List<FieldError> errors = new ArrayList<>();
        JsonObject o = object(body);
        for (String fixed : List.of("stage", "authority")) {
            if (o.containsKey(fixed)) {
                errors.add(new FieldError(fixed, "cannot change: recorded actions depend on it", "actionType.fixed"));
            }
        }
        String nameEn = string(o, "nameEn", errors);
        String nameFr = string(o, "nameFr", errors);
        Boolean active = null;
        JsonValue a = o.get("active");
        if (a == JsonValue.TRUE || a == JsonValue.FALSE) {
            active = a == JsonValue.TRUE;
        } else if (a != null && a != JsonValue.NULL) {
            errors.add(new FieldError("active", "must be true or false"));
        }
        Integer order = integer(o, "sortOrder", errors);
        Integer version = integer(o, "version", errors);
        fail(errors);
        return json(administration.update(code, nameEn, nameFr, active, order,
                version == null ? null : version.longValue())).toString();
    }

    static JsonObject json(ActionTypeAdministration.View t) {
        return Json.createObjectBuilder().add("code", t.code()).add("stage", t.stage()).add("authority", t.authority())
                .add("nameEn", t.nameEn()).add("nameFr", t.nameFr()).add("active", t.active()).add("sortOrder", t.sortOrder())
                .add("version", t.version()).build();
    }

    private static JsonObject object(JsonValue body) {
        if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ValidationFailedException(List.of(new FieldError("body", "a JSON object is required")));
        }
        return body.asJsonObject();
    }

    private static String string(JsonObject o, String field, List<FieldError> errors) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new FieldError(field, "must be a string"));
        return null;
    }

    private static Integer integer(JsonObject o, String field, List<FieldError> errors) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral() && Math.abs(n.longValue()) < 1_000_000) {
            return n.intValue();
        }
        errors.add(new FieldError(field, "must be a whole number"));
        return null;
    }

    private static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }
}
