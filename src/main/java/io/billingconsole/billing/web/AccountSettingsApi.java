package io.billingconsole.billing.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingconsole.account.AccountService;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.billing.ArrearsService;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The account's settings: auto-repay of arrears (SPEC 12; on by default). */
@Path("/api/v1/account/settings")
@RolesAllowed(Role.CUSTOMER_NAME)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountSettingsApi {

    /** {@code autoRepay} must be a JSON boolean: a number or a string is refused, never coerced. */
    public record SettingsChange(JsonNode autoRepay) {
    }

    @Inject
    CurrentUser user;

    @Inject
    ArrearsService arrears;

    @Inject
    AccountService accounts;

    @GET
    public BillingJson.Settings get() {
        return new BillingJson.Settings(accounts.require(user.accountId()).autoRepay);
    }

    @PUT
    public BillingJson.Settings put(SettingsChange body) {
        if (body == null || body.autoRepay() == null || !body.autoRepay().isBoolean()) {
            throw new DomainException(CommonError.INVALID_INPUT, "autoRepay");
        }
        return new BillingJson.Settings(arrears.setAutoRepay(user.accountId(), body.autoRepay().booleanValue()).autoRepay);
    }
}
