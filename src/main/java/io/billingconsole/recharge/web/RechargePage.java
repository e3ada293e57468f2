package io.billingconsole.recharge.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.bank.Bank;
import io.billingconsole.bank.BankAccountType;
import io.billingconsole.bank.BankDirectory;
import io.billingconsole.recharge.OnlineRecharges;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.recharge.RechargeChannel;
import io.billingconsole.recharge.RechargeConfig;
import io.billingconsole.recharge.RechargeError;
import io.billingconsole.recharge.RechargeInputs;
import io.billingconsole.recharge.RechargeService;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.billingconsole.web.PageAction;
import io.billingconsole.web.RequestLocale;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** 充值 and 充值记录: the top-up form (online through the gateway, or the offline remittance details), the records, one recharge. */
@Path("/recharges")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.TEXT_HTML)
public class RechargePage {

    /** The form with what was typed (kept when it is shown again with a reason). */
    public record FormView(String amount, String channel, String bank, String accountType, List<RechargeChannel> channels,
                           List<Bank> banks, List<BankAccountType> accountTypes, boolean online, RechargeConfig.Receiving receiving, long accountId,
                           String error) {
    }

    /** A recharge with its bank's name in the page's language and whether the original route still works today. */
    public record Row(Recharge recharge, String bankName, boolean routeAvailable) {
    }

    public record DetailView(Row row, long pendingMinutes, boolean fromGateway) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(FormView view);

        static native TemplateInstance list(PageOf<Row> page);

        static native TemplateInstance detail(DetailView view);
    }

    @Inject
    CurrentUser user;

    @Inject
    RechargeService recharges;

    @Inject
    OnlineRecharges online;

    @Inject
    BankDirectory banks;

    @Inject
    RechargeConfig config;

    @Inject
    RequestLocale locale;

    @Inject
    PageAction action;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @GET
    public TemplateInstance list(@QueryParam("page") String page) {
        PageOf<Recharge> found = recharges.list(user.accountId(), PageOf.page(Params.optionalInt(page)), 20);
        LocalDate today = today();
        return Templates.list(new PageOf<>(found.items().stream().map(r -> row(r, today)).toList(), found.page(),
                found.size(), found.total()));
    }

    @GET
    @Path("new")
    public TemplateInstance form(@QueryParam("channel") String channel) {
        RechargeChannel chosen = Params.optionalEnum(RechargeChannel.class, channel);
        return Templates.form(formView("", chosen == null ? "" : chosen.name(), "", "PERSONAL", null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@FormParam("amount") String amount, @FormParam("channel") String channel,
                          @FormParam("bank") String bank, @FormParam("accountType") String accountType,
                          @Context UriInfo uri) {
        return action.run(() -> {
            RechargeChannel chosen = RechargeInputs.channel(channel, null);
            if (!chosen.online()) {
                return "/recharges/new?channel=BANK_TRANSFER#offline";
            }
            Money money = Money.parse(amount);
            return online.start(user.accountId(), money, chosen, RechargeInputs.bank(bank),
                    RechargeInputs.accountType(accountType), user.userId(), uri.getBaseUri().toString()).payUrl();
        }, error -> Templates.form(formView(keep(amount, 20), keep(channel, 20), keep(bank, 10), keep(accountType, 12),
                error)));
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("from") String from) {
        Recharge recharge = recharges.find(user.accountId(), Params.id(id, RechargeError.RECHARGE_NOT_FOUND));
        return Templates.detail(new DetailView(row(recharge, today()), config.pendingFor().toMinutes(),
                "gateway".equals(from)));
    }

    private FormView formView(String amount, String channel, String bank, String accountType, String error) {
        return new FormView(amount, channel, bank, accountType, Arrays.asList(RechargeChannel.values()), banks.all(),
                Arrays.asList(BankAccountType.values()),
                online.available(), config.receiving(), user.accountId(), error);
    }

    private Row row(Recharge recharge, LocalDate today) {
        String name = recharge.bank == null ? null
                : banks.find(recharge.bank).map(b -> b.name(locale.english() ? "en" : "zh")).orElse(recharge.bank);
        return new Row(recharge, name, recharge.originalRouteAvailable(today));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** A typed value shown again in the form: only if it is short, storable text. */
    private static String keep(String value, int max) {
        return value == null || !Params.isStorableText(value, max) ? "" : value;
    }
}
