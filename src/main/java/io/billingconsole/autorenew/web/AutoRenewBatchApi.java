package io.billingconsole.autorenew.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.autorenew.AutoRenewService;
import io.billingconsole.renewal.RenewalError;
import io.billingconsole.resource.web.ResourceJson;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** Enables auto-renewal for a selection of the customer's resources with one duration. */
@Path("/api/v1/auto-renew")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class AutoRenewBatchApi {

    public record BatchSetting(List<Long> resourceIds, Integer months) {
    }

    public record BatchResult(List<ResourceJson> items) {
    }

    @Inject
    CurrentUser user;

    @Inject
    AutoRenewService autoRenew;

    @Inject
    ZoneId zone;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public BatchResult enable(BatchSetting body) {
        if (body == null || body.resourceIds() == null) {
            throw new DomainException(RenewalError.EMPTY_SELECTION);
        }
        if (body.resourceIds().stream().anyMatch(Objects::isNull)) {
            throw new DomainException(CommonError.INVALID_INPUT, "resourceIds");
        }
        return new BatchResult(autoRenew.enable(user.accountId(), body.resourceIds(), AutoRenewApi.requireMonths(body.months()))
                .stream().map(r -> ResourceJson.of(r, zone)).toList());
    }
}
