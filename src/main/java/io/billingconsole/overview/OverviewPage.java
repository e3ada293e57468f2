package io.billingconsole.overview;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.billing.ArrearsService;
import io.billingconsole.billing.web.BillPage;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.ledger.BalanceSummary;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.order.Order;
import io.billingconsole.order.OrderService;
import io.billingconsole.order.OrderStatus;
import io.billingconsole.renewal.web.ResourceRow;
import io.billingconsole.renewal.web.ResourceRows;
import io.billingconsole.resource.ResourceFilter;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.resource.ResourceSort;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The customer's home: balance parts, what expires soon, what is still unpaid. */
@Path("/")
@PermitAll
public class OverviewPage {

    /** How many expired resources are read, most urgent first (some may be past their window, not yet released). */
    static final int EXPIRED_SCAN = 200;
    static final int EXPIRED_SHOWN = 10;

    /** An expired resource still inside its product's renewal window: released at {@code releaseAt}. */
    public record ExpiredRow(ResourceRow row, Instant releaseAt, long daysToRelease) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(List<ExpiredRow> expired, BalanceSummary balance,
                                                PageOf<ResourceRow> expiring, PageOf<Order> unpaid,
                                                Money arrears, String arrearsOutcome);
    }

    @Inject
    ProductCatalog catalog;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

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

    @Inject
    ArrearsService arrears;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response overview(@QueryParam("arrears") String arrearsOutcome) {
        if (!user.loggedIn()) {
            return Response.seeOther(URI.create("/login")).build();
        }
        if (!user.hasRole(Role.CUSTOMER)) {
            return Response.seeOther(URI.create("/admin")).build();
        }
        long accountId = user.accountId();
        PageOf<ResourceRow> expiring = rows.of(
                resources.search(accountId, new ResourceFilter(null, null, null, 7, null, 1, 10)));
        return Response.ok(Templates.overview(expired(accountId), ledger.summary(accountId), expiring,
                orders.list(accountId, OrderStatus.UNPAID, 1, 10), arrears.total(accountId),
                arrearsOutcome != null && BillPage.ARREARS_OUTCOMES.contains(arrearsOutcome) ? arrearsOutcome : null))
                .build();
    }

    /**
     * Expired resources that can still be renewed, the one released soonest first: the renewal list's
     * urgency order (in SQL) does the sorting; rows past their window that the lifecycle sweep has not
     * released yet are left out.
     */
    private List<ExpiredRow> expired(long accountId) {
        Map<String, ProductRule> rules = catalog.byType();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant now = clock.instant();
        return rows.rows(resources.search(accountId,
                        new ResourceFilter(null, ResourceStatus.EXPIRED, null, null, null, 1, EXPIRED_SCAN),
                        ResourceSort.URGENCY, false).items())
                .stream()
                .map(row -> {
                    Instant releaseAt = rules.get(row.resource().productType).renewableUntil(row.resource().expiresAt, zone);
                    return new ExpiredRow(row, releaseAt,
                            ChronoUnit.DAYS.between(today, releaseAt.atZone(zone).toLocalDate()));
                })
                .filter(e -> now.isBefore(e.releaseAt()))
                .limit(EXPIRED_SHOWN)
                .toList();
    }
}
