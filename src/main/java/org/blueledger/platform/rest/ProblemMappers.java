package org.blueledger.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.blueledger.platform.error.ConflictException;
import org.blueledger.platform.error.ForbiddenException;
import org.blueledger.platform.error.NotFoundException;
import org.blueledger.platform.error.ValidationFailedException;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception that leaves a resource becomes a problem+json response. Unknown exceptions
 * are logged with an incident id and answered with a generic 500 that reveals nothing.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class Validation implements ExceptionMapper<ValidationFailedException> {
        @Override
        public Response toResponse(ValidationFailedException e) {
            return Problem.validation(e.errors()).toResponse();
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {

        @Context
        UriInfo uri;

        @Context
        jakarta.ws.rs.core.SecurityContext security;

        @Override
        public Response toResponse(EJBAccessException e) {
            return forbidden(security, uri);
        }

        static Response forbidden(jakarta.ws.rs.core.SecurityContext security, UriInfo uri) {
            try {
                String user = security == null || security.getUserPrincipal() == null ? null
                        : security.getUserPrincipal().getName();
                CDI.current().getBeanManager().getEvent().select(org.blueledger.platform.error.AccessDenied.class)
                        .fire(new org.blueledger.platform.error.AccessDenied(user,
                                uri == null ? null : org.blueledger.platform.error.AccessDenied.targetOf("/" + uri.getPath()),
                                403, "role does not allow this operation"));
            } catch (RuntimeException auditFailure) {
                LOG.log(Level.SEVERE, "Could not record a denied access", auditFailure);
            }
            return Problem.of(403, "Forbidden", "Your role does not allow this operation.").toResponse();
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.of(400, "Malformed JSON", "The request body is not valid JSON for this operation.").toResponse();
        }
    }

    @Provider
    public static class MalformedJsonStream implements ExceptionMapper<JsonParsingException> {
        @Override
        public Response toResponse(JsonParsingException e) {
            return Problem.of(400, "Malformed JSON", "The request body is not valid JSON.").toResponse();
        }
    }

    @Provider
    public static class MalformedJsonValue implements ExceptionMapper<jakarta.json.JsonException> {
        @Override
        public Response toResponse(jakarta.json.JsonException e) {
            return Problem.validation(java.util.List.of(new org.blueledger.platform.error.FieldError("body",
                    "is not valid JSON"))).toResponse();
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof WebApplicationException w) {
                    return new Web().toResponse(w);
                }
            }
            return Problem.of(400, "Malformed request", "The request body could not be read.").toResponse();
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e.getResponse().hasEntity() && Problem.PROBLEM_JSON.isCompatible(e.getResponse().getMediaType())) {
                return e.getResponse(); // already a problem (the strict JSON body reader's answers)
            }
            if (status == 505) {
                return Problem.of(405, "Method not allowed", "This method is not supported.").toResponse();
            }
            if (status >= 500) {
                Response mapped = Failures.toProblem(e);
                if (mapped != null) {
                    return mapped;
                }
                return Generic.incident(e);
            }
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof JsonParsingException) {
                return Problem.of(400, "Malformed JSON", "The request body is not valid JSON for this operation.").toResponse();
            }
            Response.ResponseBuilder rb = Response.status(status);
            e.getResponse().getHeaders().forEach((k, v) -> {
                if (!"Content-Type".equalsIgnoreCase(k)) {
                    v.forEach(value -> rb.header(k, value));
                }
            });
            Problem p = Problem.of(status, Problem.titleFor(status), null);
            return rb.type(Problem.PROBLEM_JSON).entity(p.toJson()).build();
        }
    }

    @Provider
    public static class Generic implements ExceptionMapper<Exception> {

        @Context
        UriInfo uri;

        @Context
        jakarta.ws.rs.core.SecurityContext security;

        @Override
        public Response toResponse(Exception e) {
            Throwable cause = e;
            while (cause instanceof EJBException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof EJBAccessException) {
                return AccessDenied.forbidden(security, uri);
            }
            if (cause instanceof ValidationFailedException v) {
                return Problem.validation(v.errors()).toResponse();
            }
            if (cause instanceof ConflictException c) {
                return Problem.of(409, "Conflict", c.getMessage()).toResponse();
            }
            if (cause instanceof NotFoundException n) {
                return Problem.of(404, "Not found", n.getMessage()).toResponse();
            }
            if (cause instanceof ForbiddenException f) {
                return Problem.of(403, "Forbidden", f.getMessage()).toResponse();
            }
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof jakarta.persistence.OptimisticLockException) {
                    return Problem.of(409, "Conflict", "The record was changed by someone else meanwhile; "
                            + "read it again and resend your change with the new version.").toResponse();
                }
                if (c instanceof WebApplicationException w && c != e) {
                    return new Web().toResponse(w);
                }
            }
            Response mapped = Failures.toProblem(e);
            return mapped != null ? mapped : incident(e);
        }

        static Response incident(Throwable e) {
            String incident = java.util.UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unhandled error, incident " + incident, e);
            return Problem.of(500, "Internal error",
                    "The request could not be completed. Incident " + incident + " has been logged.").toResponse();
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.of(404, "Not found", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException e) {
            return Problem.of(403, "Forbidden", e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.of(409, "Conflict", e.getMessage()).toResponse();
        }
    }
}
