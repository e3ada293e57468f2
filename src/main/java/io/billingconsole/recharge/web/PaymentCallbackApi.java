package io.billingconsole.recharge.web;

import io.billingconsole.recharge.OnlineRecharges;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The payment gateway's callback (server to server, form-encoded, HMAC-SHA256 signed). Public: no
 * login and no CSRF token (it is under /api); the signature is what authenticates it. Answers
 * {@code success} when applied or already applied (a replay), 400 {@code fail} when refused.
 */
@Path(OnlineRecharges.CALLBACK_PATH)
@PermitAll
public class PaymentCallbackApi {

    @Inject
    OnlineRecharges online;

    @Operation(hidden = true)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public Response callback(MultivaluedMap<String, String> form) {
        Map<String, String> params = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (values != null && !values.isEmpty() && values.get(0) != null) {
                params.put(name, values.get(0));
            }
        });
        return online.callback(params) ? Response.ok("success").build()
                : Response.status(Response.Status.BAD_REQUEST).entity("fail").build();
    }
}
