package io.billingconsole.order.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.order.Order;
import io.billingconsole.order.OrderError;
import io.billingconsole.order.OrderService;
import io.billingconsole.order.OrderStatus;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.ZoneId;
import java.util.List;

/** The customer's orders: list, detail, pay, void. */
@Path("/api/v1/orders")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class OrderApi {

    public record OrderList(List<OrderJson> items, int page, int size, long total) {
    }

    @Inject
    CurrentUser user;

    @Inject
    OrderService orders;

    @Inject
    ZoneId zone;

    @GET
    public OrderList list(@QueryParam("status") String status, @QueryParam("page") String page,
                          @QueryParam("size") String size) {
        OrderStatus filter = Params.optionalEnum(OrderStatus.class, status);
        if (status != null && !status.isBlank() && filter == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "status");
        }
        PageOf<Order> found = orders.list(user.accountId(), filter, PageOf.page(Params.optionalInt(page)),
                PageOf.size(Params.optionalInt(size), 50));
        return new OrderList(found.items().stream().map(o -> OrderJson.of(o, zone)).toList(),
                found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    public OrderJson get(@PathParam("id") String id) {
        return OrderJson.of(orders.find(user.accountId(), Params.id(id, OrderError.ORDER_NOT_FOUND)), zone);
    }

    @POST
    @Path("{id}/pay")
    public OrderJson pay(@PathParam("id") String id) {
        return OrderJson.of(orders.pay(user.accountId(), Params.id(id, OrderError.ORDER_NOT_FOUND)), zone);
    }

    @POST
    @Path("{id}/void")
    public OrderJson voidOrder(@PathParam("id") String id) {
        return OrderJson.of(orders.voidByCustomer(user.accountId(), Params.id(id, OrderError.ORDER_NOT_FOUND)), zone);
    }
}
