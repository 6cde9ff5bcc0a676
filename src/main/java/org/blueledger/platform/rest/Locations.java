package org.blueledger.platform.rest;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code Location} headers as absolute paths ({@code /api/v1/allegations/UNMISS-2018-0007}),
 * never with a scheme and host taken from the request's {@code Host} header, which a client
 * controls (RestApplication turns off the runtime's resolution of relative locations).
 */
public final class Locations {

    private Locations() {
    }

    /** The API's base path, {@code /<context>/api/v1/}. */
    public static UriBuilder base(UriInfo uri) {
        return UriBuilder.fromPath(uri.getBaseUri().getRawPath());
    }

    /** The request's own path. */
    public static UriBuilder here(UriInfo uri) {
        return UriBuilder.fromPath(uri.getAbsolutePath().getRawPath());
    }
}
