package org.blueledger.security.api;

import org.blueledger.platform.rest.JsonRecords;
import org.blueledger.security.api.schema.AccountSchemas;
import org.blueledger.security.api.schema.RoleName;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.blueledger.platform.rest.JsonFields;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.security.service.AccountQueries;
import org.blueledger.security.service.AccountService;
import org.blueledger.security.service.AccountView;
import org.blueledger.security.service.CreateAccount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** {@code /api/v1/admin/users}: account administration (role ADMIN). */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Account administration (ADMIN)")
public class AccountsResource {

    @Inject
    AccountService service;

    @Inject
    AccountQueries queries;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account",
            description = "Body {username, password (12+ characters), roles: [...], mission?, memberState?}. "
                    + "CONDUCT_OFFICER and CHIEF_OF_CONDUCT need a mission; MEMBER_STATE_LIAISON needs an ISO 3166 alpha-3 memberState.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewAccount")))
    @APIResponse(responseCode = "201", description = "Created; Location names the account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Account")))
    @APIResponse(responseCode = "400", description = "Invalid input; problem+json with errors per field")
    @APIResponse(responseCode = "401", description = "No or wrong credentials")
    @APIResponse(responseCode = "403", description = "Caller is not an administrator")
    @APIResponse(responseCode = "409", description = "The user name is taken")
    public Response create(JsonValue value) {
        JsonObject body = JsonFields.object(value);
        JsonFields in = new JsonFields();
        CreateAccount cmd = new CreateAccount(in.string(body, "username"), in.string(body, "password"),
                in.strings(body, "roles"), in.string(body, "mission"), in.string(body, "memberState"),
                in.string(body, "email"));
        in.failIfAny();
        AccountView created = service.createAccount(cmd);
        URI location = org.blueledger.platform.rest.Locations.base(uriInfo).path("admin/users").path(created.username()).build();
        return Response.created(location).entity(json(created)).build();
    }

    @APIResponse(responseCode = "200", description = "A page of accounts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountPage")))
    @GET
    @Operation(summary = "List accounts, a page at a time")
    public AccountSchemas.Page list(@QueryParam("page") @DefaultValue("0") int page,
                       @QueryParam("size") @DefaultValue("50") int size) {
        AccountQueries.Page p = queries.page(page, size);
        return new AccountSchemas.Page(p.items().stream().map(AccountsResource::json).toList(), p.total(), p.page(),
                p.size());
    }

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "EmailChange")))
    @PUT
    @Path("{username}/email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set or remove (null or blank) the e-mail address where an account's reminders go {email, version}; "
            + "a stale version is a 409")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Account")))
    @APIResponse(responseCode = "400", description = "Not an e-mail address")
    @APIResponse(responseCode = "404", description = "No such account")
    public AccountSchemas.Account changeEmail(@PathParam("username") String username, JsonValue value) {
        AccountSchemas.EmailChange in = JsonRecords.read(value, AccountSchemas.EmailChange.class);
        return json(service.changeEmail(username, in.email(), in.version()));
    }

    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Account")))
    @GET
    @Path("{username}")
    @Operation(summary = "One account")
    @APIResponse(responseCode = "404", description = "No such account")
    public AccountSchemas.Account get(@PathParam("username") String username) {
        return json(queries.find(username)
                .orElseThrow(() -> new NotFoundException("No account named '" + username + "'.")));
    }

    /** The account as api.md shows it: optional fields absent when unknown (JSON-B leaves nulls out). */
    static AccountSchemas.Account json(AccountView a) {
        return new AccountSchemas.Account(a.username(), a.roles().stream().map(r -> RoleName.valueOf(r.name())).toList(),
                a.enabled(), a.locked(), a.version(), a.mission(), a.memberState(), a.email(),
                a.createdAt() == null ? null : a.createdAt().toString(),
                a.lastLoginAt() == null ? null : a.lastLoginAt().toString());
    }
}
