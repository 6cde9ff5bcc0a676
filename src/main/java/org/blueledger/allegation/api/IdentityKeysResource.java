package org.blueledger.allegation.api;

import org.blueledger.allegation.api.schema.CaseResponses;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.blueledger.allegation.service.IdentityKeyRotation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/admin/crypto/rotation} (ADMIN): re-encrypt identities under the active key, a batch per call. */
@Path("admin/crypto")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Encryption keys", description = "Key rotation of the encrypted identities (ADMIN)")
public class IdentityKeysResource {

    @Inject
    IdentityKeyRotation rotation;

    @APIResponse(responseCode = "200", description = "What was re-encrypted, and what remains",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "KeyRotation")))
    @POST
    @Path("rotation")
    @Operation(summary = "Re-encrypt up to batchSize identity values under the active key; repeat until remaining is 0")
    public CaseResponses.KeyRotation rotate(@QueryParam("batchSize") @DefaultValue("1000") int batchSize) {
        IdentityKeyRotation.Result r = rotation.rotate(batchSize);
        return new CaseResponses.KeyRotation(r.activeKey(), r.reencrypted(), r.remaining());
    }
}
