package io.billingconsole.shared;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * Pages change state only through HTML forms, so the CSRF filter always finds a token to check.
 * The CSRF filter itself lets other media types through because the JSON API (HTTP Basic only,
 * never the session cookie) posts JSON; this filter closes that gap for everything outside /api.
 */
public class FormPostsOnly {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @ServerRequestFilter(preMatching = true)
    public Response requireForm(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        MediaType type = request.getMediaType();
        // multipart forms carry files (withdrawal proofs); the CSRF filter reads their token the same way
        if (type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            return null;
        }
        return Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE).build();
    }
}
