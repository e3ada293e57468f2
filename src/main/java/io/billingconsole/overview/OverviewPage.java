package io.billingconsole.overview;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.ledger.BalanceSummary;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.order.Order;
import io.billingconsole.order.OrderService;
import io.billingconsole.order.OrderStatus;
import io.billingconsole.renewal.web.ResourceRows;
import io.billingconsole.renewal.web.ResourceRow;
import io.billingconsole.resource.ResourceFilter;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.shared.PageOf;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The customer's home: balance parts, what expires soon, what is still unpaid. */
@Path("/")
@PermitAll
public class OverviewPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(BalanceSummary balance, PageOf<ResourceRow> expiring,
                                                PageOf<Order> unpaid);
    }

    @Inject
    CurrentUser user;

    @Inject
    LedgerService ledger;

    @Inject
    ResourceService resources;

    @Inject
    ResourceRows rows;

    @Inject
    OrderService orders;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response overview() {
        if (!user.loggedIn()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        if (!user.hasRole(Role.CUSTOMER)) {
            return Response.seeOther(URI.create("/admin")).build();
        }
        long accountId = user.accountId();
        PageOf<ResourceRow> expiring = rows.of(
                resources.search(accountId, new ResourceFilter(null, null, null, 7, null, 1, 10)));
        return Response.ok(Templates.overview(ledger.summary(accountId), expiring,
                orders.list(accountId, OrderStatus.UNPAID, 1, 10))).build();
    }
}
