package io.billingconsole.recharge.web;

import io.billingconsole.account.AccountError;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.bank.Bank;
import io.billingconsole.bank.BankDirectory;
import io.billingconsole.recharge.Recharge;
import io.billingconsole.recharge.RechargeChannel;
import io.billingconsole.recharge.RechargeError;
import io.billingconsole.recharge.RechargeInputs;
import io.billingconsole.recharge.RechargeService;
import io.billingconsole.shared.Columns;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Back office: finance books an offline remittance (线下汇款入账) and sees the latest ones recorded. */
@Path("/finance/remittances")
@RolesAllowed({Role.FINANCE_NAME, Role.OPERATOR_NAME})
@Produces(MediaType.TEXT_HTML)
public class RemittancePage {

    private static final int RECENT = 20;

    /** What finance typed, kept when the form comes back with a reason. */
    public record Input(String account, String amount, String bank, String payerAccount, String payerName,
                        String remittedOn, String note) {
        static final Input EMPTY = new Input("", "", "", "", "", "", "");
    }

    /** A recorded remittance with its remitting bank's name in the page's language. */
    public record Row(Recharge recharge, String bankName) {
    }

    public record View(Input input, List<Bank> banks, List<Row> recent, String done, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(View view);
    }

    @Inject
    CurrentUser user;

    @Inject
    RechargeService recharges;

    @Inject
    BankDirectory banks;

    @Inject
    RequestLocale locale;

    @Inject
    PageAction action;

    @GET
    public TemplateInstance index(@QueryParam("done") String done) {
        Integer id = Params.optionalInt(done);
        return Templates.index(view(Input.EMPTY, id == null ? null : String.valueOf(id), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@FormParam("account") String account, @FormParam("amount") String amount,
                           @FormParam("bank") String bank, @FormParam("payerAccount") String payerAccount,
                           @FormParam("payerName") String payerName, @FormParam("remittedOn") String remittedOn,
                           @FormParam("note") String note) {
        Input typed = new Input(keep(account, 20), keep(amount, 20), keep(bank, 10), keep(payerAccount, 40),
                keep(payerName, 100), keep(remittedOn, 10), keep(note, Columns.LEDGER_NOTE));
        return action.run(() -> {
            if (account == null || !account.trim().matches("\\d{1,18}")) {
                throw new DomainException(RechargeError.ACCOUNT_UNKNOWN, String.valueOf(typed.account()));
            }
            long accountId = Long.parseLong(account.trim());
            String bankCode = RechargeInputs.bank(bank);
            if (bankCode == null) {
                throw new DomainException(RechargeError.BANK_REQUIRED);
            }
            RechargeService.Recorded recorded = new RechargeService.Recorded(accountId, Money.parse(amount),
                    RechargeChannel.BANK_TRANSFER, bankCode, null, blankToNull(payerAccount), blankToNull(payerName),
                    Params.optionalDate(remittedOn), blankToNull(note), user.userId());
            Recharge recharge;
            try {
                recharge = recharges.record(recorded);
            } catch (DomainException refused) {
                if (refused.code() == AccountError.ACCOUNT_NOT_FOUND) {
                    throw new DomainException(RechargeError.ACCOUNT_UNKNOWN, String.valueOf(accountId));
                }
                throw refused;
            }
            return "/finance/remittances?done=" + recharge.id;
        }, error -> Templates.index(view(typed, null, error)));
    }

    private View view(Input input, String done, String error) {
        String language = locale.english() ? "en" : "zh";
        List<Row> recent = recharges.recorded(RECENT).stream()
                .map(r -> new Row(r, r.bank == null ? null : banks.find(r.bank).map(b -> b.name(language)).orElse(r.bank)))
                .toList();
        return new View(input, banks.all(), recent, done, error);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String keep(String value, int max) {
        return value == null || !Params.isStorableText(value, max) ? "" : value;
    }
}
