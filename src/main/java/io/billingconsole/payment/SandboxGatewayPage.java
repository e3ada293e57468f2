package io.billingconsole.payment;

import io.billingconsole.bank.BankDirectory;
import io.billingconsole.payment.SandboxGateway.SandboxOrder;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.web.PageAction;
import io.billingconsole.web.RequestLocale;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sandbox gateway's own page: the payer sees the console's order and chooses pay, fail or
 * abandon. Public (a gateway knows no console login); 404 while the sandbox is off.
 */
@Path("/sandbox-gateway")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SandboxGatewayPage {

    /** The order as the page shows it, with what the payer fields start with. */
    public record PayView(SandboxOrder order, String bankName, Map<String, String> hidden, String payerAccount,
                          String payerName, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pay(PayView view);
    }

    @Inject
    SandboxGateway gateway;

    @Inject
    BankDirectory banks;

    @Inject
    RequestLocale locale;

    @Inject
    PageAction action;

    @GET
    @Path("pay")
    public TemplateInstance payForm(@Context UriInfo uri) {
        requireEnabled();
        SandboxOrder order = gateway.order(first(uri.getQueryParameters()));
        return Templates.pay(view(order, null));
    }

    @POST
    @Path("pay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pay(MultivaluedMap<String, String> form) {
        requireEnabled();
        SandboxOrder order = gateway.order(first(form));
        String outcome = String.valueOf(form.getFirst("outcome"));
        return action.run(() -> switch (outcome) {
            case "pay" -> gateway.pay(order, form.getFirst("payerAccount"), form.getFirst("payerName"),
                    "on".equals(form.getFirst("drop")));
            case "fail" -> gateway.fail(order);
            case "abandon" -> gateway.abandon(order);
            default -> throw new DomainException(CommonError.INVALID_INPUT, "outcome");
        }, error -> Templates.pay(view(order, error)));
    }

    private PayView view(SandboxOrder order, String error) {
        String english = locale.english() ? "en" : "zh";
        String bankName = order.bank() == null ? null : banks.find(order.bank()).map(b -> b.name(english)).orElse(order.bank());
        String account = switch (String.valueOf(order.channel())) {
            case "ALIPAY" -> "payer@example.com";
            case "WECHAT_PAY" -> "wxid_sandbox_payer";
            default -> "6222020200112233445";
        };
        return new PayView(order, bankName, new TreeMap<>(order.signedFields()), account,
                locale.english() ? "Sandbox Payer" : "沙箱付款人", error);
    }

    private void requireEnabled() {
        if (!gateway.enabled()) {
            throw new NotFoundException();
        }
    }

    private static Map<String, String> first(MultivaluedMap<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, list) -> {
            if (list != null && !list.isEmpty() && list.get(0) != null) {
                values.put(name, list.get(0));
            }
        });
        return values;
    }
}
