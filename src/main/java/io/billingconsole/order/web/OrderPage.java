package io.billingconsole.order.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.ledger.BalanceSummary;
import io.billingconsole.order.Order;
import io.billingconsole.order.OrderError;
import io.billingconsole.order.OrderLine;
import io.billingconsole.order.OrderService;
import io.billingconsole.order.OrderStatus;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.billingconsole.web.RequestLocale;
import io.billingconsole.web.PageAction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/** 订单管理: the order list and an order's detail, where an unpaid order is paid or voided. */
@Path("/orders")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.TEXT_HTML)
public class OrderPage {

    private static final Set<String> DONE = Set.of("created", "paid", "voided");

    /** A line with the resource it renews. */
    public record LineView(OrderLine line, String resourceName, String productName, Instant expiryBefore,
                           Instant expiryAfter, boolean projected) {
    }

    public record DetailView(Order order, List<LineView> lines, BalanceSummary balance, Money missing,
                             String error, String done) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageOf<Order> page, String status, List<OrderStatus> statuses, String base);

        static native TemplateInstance detail(DetailView view);
    }

    @Inject
    CurrentUser user;

    @Inject
    OrderService orders;

    @Inject
    RequestLocale locale;

    @Inject
    PageAction action;

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("page") String page) {
        OrderStatus selected = Params.optionalEnum(OrderStatus.class, status);
        PageOf<Order> found = orders.list(user.accountId(), selected, PageOf.page(Params.optionalInt(page)), 20);
        return Templates.list(found, selected == null ? "" : selected.name(), Arrays.asList(OrderStatus.values()),
                Params.query("status", selected == null ? null : selected.name()));
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("done") String done) {
        return Templates.detail(detailView(Params.id(id, OrderError.ORDER_NOT_FOUND), null,
                done != null && DONE.contains(done) ? done : null));
    }

    @POST
    @Path("{id}/pay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pay(@PathParam("id") String id) {
        return act(id, "paid", orderId -> orders.pay(user.accountId(), orderId));
    }

    @POST
    @Path("{id}/void")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voidOrder(@PathParam("id") String id) {
        return act(id, "voided", orderId -> orders.voidByCustomer(user.accountId(), orderId));
    }

    /** Acts on the order and answers 303 to it, or shows it again with the reason; "not found" is the 404 page. */
    private Response act(String id, String done, LongConsumer change) {
        long orderId = Params.id(id, OrderError.ORDER_NOT_FOUND);
        return action.run(() -> {
            change.accept(orderId);
            return "/orders/" + orderId + "?done=" + done;
        }, error -> Templates.detail(detailView(orderId, error, null)));
    }

    private DetailView detailView(long orderId, String error, String done) {
        OrderService.OrderDetail detail = orders.detail(user.accountId(), orderId);
        List<LineView> lines = detail.lines().stream()
                .map(l -> new LineView(l.line(), l.resourceName(), l.product().name(locale.get()), l.expiryBefore(),
                        l.expiryAfter(), l.projected()))
                .toList();
        return new DetailView(detail.order(), lines, detail.balance(), detail.missing(), error, done);
    }
}
