package io.billingconsole.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only endpoints that fail with a bug, to see how an unexpected exception is answered. */
@Path("/")
@PermitAll
public class FailingTestResource {

    @GET
    @Path("api/v1/test-only/bug")
    @Produces(MediaType.APPLICATION_JSON)
    public String apiBug() {
        throw new IllegalStateException("a bug in the API");
    }

    @GET
    @Path("test-only/bug")
    @Produces(MediaType.TEXT_HTML)
    public String pageBug() {
        throw new IllegalStateException("a bug in a page");
    }
}
