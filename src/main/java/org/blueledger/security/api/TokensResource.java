package org.blueledger.security.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.blueledger.platform.error.FieldError;
import org.blueledger.platform.error.ValidationFailedException;
import org.blueledger.platform.rest.JsonBodyReader;
import org.blueledger.platform.rest.JsonRecords;
import org.blueledger.platform.rest.Problem;
import org.blueledger.security.service.TokenService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code /api/v1/auth/tokens}: bearer tokens for systems (api.md "Authentication"). */
@Path("auth/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Bearer tokens")
public class TokensResource {

    /** The body of a token request. */
    @Schema(name = "TokenRequest")
    public record TokenRequest(
            @Schema(description = "The current TOTP code; required when the account has a second factor enrolled",
                    pattern = "^[0-9]{6}$") String code) {
    }

    /** A new token. */
    @Schema(name = "TokenResponse")
    public record TokenResponse(@Schema(required = true) String token,
                                @Schema(required = true, format = "date-time") String expiresAt) {
    }

    @Inject
    TokenService tokens;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Issue a bearer token (HTTP Basic, plus the TOTP code when the account has a second factor)")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "TokenRequest")))
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TokenResponse")))
    @APIResponse(responseCode = "400", description = "Invalid body, or the code is missing for an enrolled account")
    @APIResponse(responseCode = "401", description = "Wrong password or wrong code")
    public Response issue(@HeaderParam("Authorization") String authorization, byte[] body) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Problem.of(401, "Authentication required",
                    "A token is issued against HTTP Basic credentials (and the current code), not another token.").toResponse();
        }
        String code = null;
        if (body != null && body.length > 0 && !new String(body, StandardCharsets.UTF_8).isBlank()) {
            JsonValue value;
            try {
                value = JsonBodyReader.parse(body, JsonObject.class);
            } catch (JsonBodyReader.Invalid e) {
                throw new ValidationFailedException(List.of(new FieldError(e.field, e.getMessage())));
            }
            code = JsonRecords.read(value, TokenRequest.class).code();
        }
        try {
            TokenService.Issued issued = tokens.issue(security.getUserPrincipal().getName(), code);
            return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new TokenResponse(issued.token(), issued.expiresAt().toString())).build();
        } catch (TokenService.SecondFactorRefused e) {
            return Problem.of(401, "Authentication required", "The code is not valid.").toResponse();
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof TokenService.SecondFactorRefused) {
                return Problem.of(401, "Authentication required", "The code is not valid.").toResponse();
            }
            throw e;
        }
    }

    @DELETE
    @Path("current")
    @Operation(summary = "End the token this request is made with (sign-out)")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "400", description = "The request was not made with a bearer token")
    public Response revoke(@HeaderParam("Authorization") String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ValidationFailedException(List.of(new FieldError("Authorization",
                    "sign out a token by sending it: Authorization: Bearer <token>")));
        }
        tokens.revoke(authorization.substring(7).trim(), security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
