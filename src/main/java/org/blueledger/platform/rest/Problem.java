package org.blueledger.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.blueledger.platform.error.FieldError;

import java.util.List;

/**
 * An RFC 9457 problem details body. {@code type} is a stable URN per kind of problem; the
 * {@code detail} never carries a stack trace, SQL or internal class names.
 */
public record Problem(int status, String type, String title, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, typeFor(status), title, detail, List.of());
    }

    public static Problem validation(List<FieldError> errors) {
        return new Problem(400, "urn:blueledger:problem:validation", "Invalid input",
                "One or more fields are invalid; see errors.", errors);
    }

    /** The body as JSON-B writes it: {@code detail} and {@code errors} left out when there are none. */
    public String toJson() {
        return JSONB.toJson(new Body(type, title, status, detail, errors == null || errors.isEmpty() ? null
                : errors.stream().map(e -> new Body.Error(e.field(), e.message())).toList()));
    }

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The RFC 9457 members, in the RFC's order ({@code OpenApiContractFilter} describes the same shape). */
    @JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
    public record Body(String type, String title, int status, String detail, List<Error> errors) {

        /** One bad field: where it is ({@code subjects[0].nationality}) and what is wrong. */
        @JsonbPropertyOrder({"field", "message"})
        public record Error(String field, String message) {
        }
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(toJson()).build();
    }

    static String typeFor(int status) {
        return switch (status) {
            case 400 -> "urn:blueledger:problem:bad-request";
            case 401 -> "urn:blueledger:problem:unauthenticated";
            case 403 -> "urn:blueledger:problem:forbidden";
            case 404 -> "urn:blueledger:problem:not-found";
            case 405 -> "urn:blueledger:problem:method-not-allowed";
            case 406 -> "urn:blueledger:problem:not-acceptable";
            case 409 -> "urn:blueledger:problem:conflict";
            case 413 -> "urn:blueledger:problem:payload-too-large";
            case 415 -> "urn:blueledger:problem:unsupported-media-type";
            case 429 -> "urn:blueledger:problem:too-many-requests";
            case 503 -> "urn:blueledger:problem:unavailable";
            default -> status >= 500 ? "urn:blueledger:problem:server-error" : "about:blank";
        };
    }

    /** The standard title for an HTTP status, used where nothing more specific applies. */
    public static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Authentication required";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            case 429 -> "Too many requests";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Internal error" : "Error";
        };
    }
}
