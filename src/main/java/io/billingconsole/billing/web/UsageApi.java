package io.billingconsole.billing.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.billing.UsageRecord;
import io.billingconsole.billing.UsageService;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.ZoneId;
import java.util.List;

/** 用量明细 (SPEC 12): the account's unsettled usage per PAYG resource and its usage records, newest first. */
@Path("/api/v1/usage")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class UsageApi {

    @Inject
    CurrentUser user;

    @Inject
    UsageService usage;

    @Inject
    ZoneId zone;

    @GET
    public BillingJson.UsageView get(@QueryParam("resourceId") String resourceId, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        long accountId = user.accountId();
        Long resource = resourceId == null || resourceId.isBlank() ? null
                : Params.id(resourceId, ResourceError.RESOURCE_NOT_FOUND);
        List<UsageService.ResourceUsage> resources = usage.unsettled(accountId);
        PageOf<UsageRecord> records = usage.records(accountId, resource, PageOf.page(Params.optionalInt(page)),
                PageOf.size(Params.optionalInt(size), 50));
        Money unsettled = resources.stream().map(UsageService.ResourceUsage::charged).reduce(Money.ZERO, Money::plus);
        return new BillingJson.UsageView(unsettled, resources.stream().map(BillingJson.ResourceUsage::of).toList(),
                records.items().stream().map(u -> BillingJson.Usage.of(u, zone)).toList(), records.page(),
                records.size(), records.total());
    }
}
