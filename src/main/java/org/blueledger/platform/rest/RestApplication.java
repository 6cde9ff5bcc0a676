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

    /**
     * No WADL (it named the runtime and its version), and {@code Location} headers kept as the
     * absolute paths the resources give (see {@link Locations}) instead of being completed with
     * the client-supplied {@code Host}.
     */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of(
                "jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.headers.location.relative.resolution.disabled", true);
    }
}
