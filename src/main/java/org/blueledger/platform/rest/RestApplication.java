package org.blueledger.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api/v1}: HTTP Basic, JSON, errors as RFC 9457 problem details. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Blue Ledger API", version = "1",
                description = "Conduct and discipline case management for UN peacekeeping. "
                        + "HTTP Basic authentication; errors are application/problem+json."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
