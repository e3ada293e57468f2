package io.billingconsole.withdrawal.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.bank.BankBranch;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.RandomTokens;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.billingconsole.shared.Translator;
import io.billingconsole.sms.SmsCodeService;
import io.billingconsole.sms.SmsError;
import io.billingconsole.sms.SmsPurpose;
import io.billingconsole.web.PageAction;
import io.billingconsole.web.RequestLocale;
import io.billingconsole.withdrawal.ExpectedArrival;
import io.billingconsole.withdrawal.PayeeType;
import io.billingconsole.withdrawal.ProofFiles;
import io.billingconsole.withdrawal.Withdrawal;
import io.billingconsole.withdrawal.WithdrawalError;
import io.billingconsole.withdrawal.WithdrawalKind;
import io.billingconsole.withdrawal.WithdrawalMessages;
import io.billingconsole.withdrawal.WithdrawalReason;
import io.billingconsole.withdrawal.WithdrawalRoute;
import io.billingconsole.withdrawal.WithdrawalService;
import io.billingconsole.withdrawal.WithdrawalStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * 提现 (SPEC 8, customer side): the withdrawal page with the two ways (by recharge order, with each
 * order's original-route deadline; a non-recharge application when there is such money), the
 * withdraw forms confirmed with the SMS code, the records and a withdrawal's detail with its proofs.
 * {@code accountId} names a member account of the user's master account; any other is not found.
 */
@Path("/withdrawals")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.TEXT_HTML)
public class WithdrawalPage {

    private static final Set<String> DONE = Set.of("created", "proof");
    /** A multipart withdraw form as posted; every field is text, checked when it is used. */
    public static class FormInput {
        @RestForm
        public String accountId;
        @RestForm
        public String amount;
        @RestForm
        public String route;
        @RestForm
        public String reason;
        @RestForm
        public String reasonText;
        @RestForm
        public String payeeType;
        @RestForm
        public String payeeAccount;
        @RestForm
        public String payeeName;
        @RestForm
        public String branchId;
        @RestForm
        public String branchIdQuery;
        @RestForm
        public String smsCode;
        @RestForm
        public String idempotencyKey;
        /** "code": send the SMS code and show the form again; anything else confirms. */
        @RestForm
        public String step;
        @RestForm("proof")
        public List<FileUpload> proofs;

        static FormInput fresh(String accountId) {
            FormInput input = new FormInput();
            input.accountId = accountId;
            input.idempotencyKey = RandomTokens.hex(16);
            return input;
        }

        /** The chosen files (a file field left empty posts a nameless empty part). */
        List<FileUpload> files() {
            List<FileUpload> files = new ArrayList<>();
            if (proofs != null) {
                for (FileUpload f : proofs) {
                    if (f != null && (f.size() > 0 || (f.fileName() != null && !f.fileName().isBlank()))) {
                        files.add(f);
                    }
                }
            }
            return files;
        }
    }

    /** A records row: the withdrawal, where it pays to in words, and when it should arrive. */
    public record Row(Withdrawal w, String payee, ExpectedArrival arrival) {
    }

    public record ListView(List<WithdrawalViews.AccountChoice> accounts, long accountId, PageOf<Row> page,
                           String base) {
        public boolean switcher() {
            return accounts.size() > 1;
        }
    }

    public record OptionsView(List<WithdrawalViews.AccountChoice> accounts, WithdrawalViews.Options options,
                              String accountParam) {
        public boolean switcher() {
            return accounts.size() > 1;
        }
    }

    /**
     * A withdraw form: {@code recharge} is null for a non-recharge application. {@code codeSent} is the
     * masked phone a code just went to; {@code resendSeconds} the wait before the next one.
     */
    public record FormView(WithdrawalViews.Options options, WithdrawalViews.RechargeOption recharge,
                           FormInput input, List<WithdrawalReason> reasons, BankBranch branch, String error,
                           String codeSent, long resendSeconds, boolean filesDropped, String action) {
        public boolean application() {
            return recharge == null;
        }

        public Money max() {
            return recharge == null ? options.nonRechargeWithdrawable() : recharge.withdrawable();
        }

        /** The route the form shows as chosen: the input's, else original while it is available. */
        public String route() {
            if (recharge == null) {
                return "DESIGNATED";
            }
            if (input.route != null && !input.route.isBlank()) {
                return input.route;
            }
            return recharge.originalRouteAvailable() ? "ORIGINAL" : "DESIGNATED";
        }

        public String payeeType() {
            return input.payeeType == null || input.payeeType.isBlank() ? "ALIPAY" : input.payeeType;
        }

        public String resendText() {
            return String.valueOf(resendSeconds);
        }

        public WithdrawalRoute originalRoute() {
            return WithdrawalRoute.ORIGINAL;
        }

        public WithdrawalRoute designatedRoute() {
            return WithdrawalRoute.DESIGNATED;
        }

        public PayeeType alipay() {
            return PayeeType.ALIPAY;
        }

        public PayeeType bankCard() {
            return PayeeType.BANK_CARD;
        }

        public ExpectedArrival designatedArrival() {
            return ExpectedArrival.BUSINESS_DAYS_7_15;
        }
    }

    public record DetailView(Withdrawal w, String payee, ExpectedArrival arrival, List<ProofFiles.ProofInfo> proofs,
                             boolean canAddProof, String transactionsLink, String accountName, boolean member,
                             String error, String done) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance options(OptionsView view);

        static native TemplateInstance form(FormView view);

        static native TemplateInstance detail(DetailView view);
    }

    @Inject
    CurrentUser user;

    @Inject
    WithdrawalViews views;

    @Inject
    WithdrawalService withdrawals;

    @Inject
    ProofFiles proofFiles;

    @Inject
    SmsCodeService codes;

    @Inject
    PageAction action;

    @Inject
    Translator translator;

    @Inject
    RequestLocale locale;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    // ---- records ----

    @GET
    public TemplateInstance list(@QueryParam("accountId") String accountId, @QueryParam("page") String page) {
        long target = views.target(accountId);
        PageOf<Withdrawal> found = withdrawals.list(target, PageOf.page(Params.optionalInt(page)), 20);
        String language = language();
        List<Row> rows = found.items().stream()
                .map(w -> new Row(w, views.payeeText(w, language), views.arrival(w))).toList();
        PageOf<Row> shown = PageOf.of(rows, found.page(), found.size(), found::total);
        return Templates.list(new ListView(views.choices(), target, shown,
                Params.query("accountId", target == user.accountId() ? null : String.valueOf(target))));
    }

    // ---- the withdrawal page ----

    @GET
    @Path("new")
    public TemplateInstance options(@QueryParam("accountId") String accountId) {
        long target = views.target(accountId);
        return Templates.options(new OptionsView(views.choices(), views.options(target, language()),
                accountParam(target)));
    }

    @GET
    @Path("new/recharge/{rechargeId}")
    public TemplateInstance rechargeForm(@PathParam("rechargeId") String rechargeId,
                                         @QueryParam("accountId") String accountId) {
        long target = views.target(accountId);
        WithdrawalViews.Options options = views.options(target, language());
        WithdrawalViews.RechargeOption recharge = rechargeOf(options, rechargeId);
        return Templates.form(formView(options, recharge, FormInput.fresh(accountParam(target)), null, null, 0, false));
    }

    @POST
    @Path("new/recharge/{rechargeId}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response withdrawRecharge(@PathParam("rechargeId") String rechargeId, @BeanParam FormInput input) {
        long target = views.target(input.accountId);
        WithdrawalViews.Options options = views.options(target, language());
        WithdrawalViews.RechargeOption recharge = rechargeOf(options, rechargeId);
        return submit(target, options, recharge, input);
    }

    @GET
    @Path("new/application")
    public TemplateInstance applicationForm(@QueryParam("accountId") String accountId) {
        long target = views.target(accountId);
        WithdrawalViews.Options options = views.options(target, language());
        return Templates.form(formView(options, null, FormInput.fresh(accountParam(target)), null, null, 0, false));
    }

    @POST
    @Path("new/application")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response apply(@BeanParam FormInput input) {
        long target = views.target(input.accountId);
        return submit(target, views.options(target, language()), null, input);
    }

    /**
     * The page script's "获取验证码": sends the code to the security phone of the account withdrawn from
     * and answers JSON (the form's own button does the same without script, see {@link #submit}).
     */
    @POST
    @Path("sms-code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response smsCode(@FormParam("accountId") String accountId) {
        long target = views.target(accountId);
        WithdrawalMessages texts = Translator.bundle(WithdrawalMessages.class, locale.get());
        try {
            SmsCodeService.Sent sent = codes.send(target, SmsPurpose.WITHDRAWAL);
            long seconds = secondsUntil(sent.resendAfter());
            return Response.ok(Map.of("phone", sent.phone(), "message", texts.sms_sent(sent.phone()),
                    "resendSeconds", seconds)).build();
        } catch (DomainException refusal) {
            long seconds = refusal.code() == SmsError.SMS_TOO_SOON ? Long.parseLong(refusal.args().get(0)) : 0;
            return Response.status(refusal.code().httpStatus()).entity(Map.of("code", refusal.code().name(),
                    "message", translator.message(refusal, locale.get()), "resendSeconds", seconds)).build();
        }
    }

    // ---- one withdrawal ----

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("done") String done) {
        Withdrawal w = views.withdrawal(Params.id(id, WithdrawalError.WITHDRAWAL_NOT_FOUND));
        return Templates.detail(detailView(w, null, done != null && DONE.contains(done) ? done : null));
    }

    @POST
    @Path("{id}/proofs")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addProof(@PathParam("id") String id, @RestForm("proof") FileUpload file) {
        Withdrawal w = views.withdrawal(Params.id(id, WithdrawalError.WITHDRAWAL_NOT_FOUND));
        return action.run(() -> {
            if (file == null || (file.size() == 0 && (file.fileName() == null || file.fileName().isBlank()))) {
                throw new DomainException(WithdrawalError.PROOF_REQUIRED);
            }
            proofFiles.attach(w.accountId, w.id, user.userId(), file.fileName(), WithdrawalApi.read(file));
            return "/withdrawals/" + w.id + "?done=proof";
        }, error -> Templates.detail(detailView(views.withdrawal(w.id), error, null)));
    }

    @GET
    @Path("{id}/proofs/{proofId}")
    @Produces(MediaType.WILDCARD)
    public Response proof(@PathParam("id") String id, @PathParam("proofId") String proofId) {
        Withdrawal w = views.withdrawal(Params.id(id, WithdrawalError.WITHDRAWAL_NOT_FOUND));
        return ProofDownload.of(proofFiles.load(w.accountId, w.id, Params.id(proofId, WithdrawalError.PROOF_NOT_FOUND)));
    }

    // ---- helpers ----

    private Response submit(long target, WithdrawalViews.Options options, WithdrawalViews.RechargeOption recharge,
                            FormInput input) {
        input.accountId = accountParam(target);
        if (input.idempotencyKey == null || input.idempotencyKey.isBlank() || input.idempotencyKey.length() > 64) {
            input.idempotencyKey = RandomTokens.hex(16);
        }
        List<FileUpload> files = input.files();
        if ("code".equals(input.step)) {
            return sendCode(target, options, recharge, input, !files.isEmpty());
        }
        return action.run(() -> {
            WithdrawalKind kind = recharge == null ? WithdrawalKind.NON_RECHARGE : WithdrawalKind.RECHARGE;
            WithdrawalRoute route = recharge == null ? WithdrawalRoute.DESIGNATED
                    : WithdrawalApi.enumOf(WithdrawalRoute.class, input.route, "route");
            if (route == null) {
                route = recharge.originalRouteAvailable() ? WithdrawalRoute.ORIGINAL : WithdrawalRoute.DESIGNATED;
            }
            Money amount = Money.parse(input.amount == null ? "" : input.amount.trim());
            WithdrawalService.Payee payee = null;
            WithdrawalReason reason = null;
            List<byte[]> contents = new ArrayList<>();
            if (route == WithdrawalRoute.DESIGNATED) {
                reason = WithdrawalApi.enumOf(WithdrawalReason.class, input.reason, "reason");
                PayeeType type = WithdrawalApi.enumOf(PayeeType.class, input.payeeType, "payeeType");
                Integer branch = Params.optionalInt(input.branchId);
                payee = views.payee(type, input.payeeAccount, input.payeeName,
                        branch == null || branch < 1 ? null : branch.longValue(), input.branchIdQuery);
                if (files.isEmpty()) {
                    throw new DomainException(WithdrawalError.PROOF_REQUIRED);
                }
                if (files.size() > ProofFiles.MAX_FILES) {
                    throw new DomainException(WithdrawalError.PROOF_TOO_MANY, String.valueOf(ProofFiles.MAX_FILES));
                }
                for (FileUpload f : files) {
                    byte[] content = WithdrawalApi.read(f);
                    ProofFiles.requireAcceptable(content);
                    contents.add(content);
                }
            }
            Withdrawal w = withdrawals.create(new WithdrawalService.Request(target, user.userId(), kind,
                    recharge == null ? null : recharge.id(), amount, route, payee, reason,
                    route == WithdrawalRoute.DESIGNATED ? input.reasonText : null, input.smsCode,
                    input.idempotencyKey));
            // a repeated submit answers the first withdrawal, which has its files already
            if (!contents.isEmpty() && proofFiles.list(w.id).isEmpty()) {
                for (int i = 0; i < contents.size(); i++) {
                    proofFiles.attach(w.accountId, w.id, user.userId(), files.get(i).fileName(), contents.get(i));
                }
            }
            return "/withdrawals/" + w.id + "?done=created";
        }, error -> {
            input.smsCode = null;
            return Templates.form(formView(options, recharge, input, error, null, 0, !files.isEmpty()));
        });
    }

    private Response sendCode(long target, WithdrawalViews.Options options, WithdrawalViews.RechargeOption recharge,
                              FormInput input, boolean filesDropped) {
        try {
            SmsCodeService.Sent sent = codes.send(target, SmsPurpose.WITHDRAWAL);
            return Response.ok(Templates.form(formView(options, recharge, input, null, sent.phone(),
                    secondsUntil(sent.resendAfter()), filesDropped))).build();
        } catch (DomainException refusal) {
            long seconds = refusal.code() == SmsError.SMS_TOO_SOON ? Long.parseLong(refusal.args().get(0)) : 0;
            return Response.status(refusal.code().httpStatus()).entity(Templates.form(formView(options, recharge, input,
                    translator.message(refusal, locale.get()), null, seconds, filesDropped))).build();
        }
    }

    private FormView formView(WithdrawalViews.Options options, WithdrawalViews.RechargeOption recharge, FormInput input,
                              String error, String codeSent, long resendSeconds, boolean filesDropped) {
        Integer branch = Params.optionalInt(input.branchId);
        String action = recharge == null ? "/withdrawals/new/application" : "/withdrawals/new/recharge/" + recharge.id();
        return new FormView(options, recharge, input,
                WithdrawalViews.reasons(recharge == null ? WithdrawalKind.NON_RECHARGE : WithdrawalKind.RECHARGE),
                views.branch(branch == null || branch < 1 ? null : branch.longValue()), error, codeSent, resendSeconds,
                filesDropped, action);
    }

    private DetailView detailView(Withdrawal w, String error, String done) {
        List<ProofFiles.ProofInfo> proofs = proofFiles.list(w.id);
        boolean canAdd = w.status == WithdrawalStatus.UNDER_REVIEW && proofs.size() < ProofFiles.MAX_FILES;
        String link = null;
        if (w.accountId == user.accountId()) {
            LocalDate day = LocalDate.ofInstant(w.createdAt, zone);
            LocalDate last = w.finishedAt == null ? day : LocalDate.ofInstant(w.finishedAt, zone);
            link = "/transactions?" + Params.query("type", "WITHDRAWAL", "from", day.toString(), "to", last.toString());
            if (link.endsWith("&")) {
                link = link.substring(0, link.length() - 1);
            }
        }
        String name = views.choices().stream().filter(c -> c.id() == w.accountId).findFirst()
                .map(WithdrawalViews.AccountChoice::name).orElse("");
        return new DetailView(w, views.payeeText(w, language()), views.arrival(w), proofs, canAdd, link, name,
                w.accountId != user.accountId(), error, done);
    }

    private WithdrawalViews.RechargeOption rechargeOf(WithdrawalViews.Options options, String rechargeId) {
        long id = Params.id(rechargeId, io.billingconsole.recharge.RechargeError.RECHARGE_NOT_FOUND);
        return options.recharge(id).orElseThrow(() -> new DomainException(
                io.billingconsole.recharge.RechargeError.RECHARGE_NOT_FOUND, String.valueOf(id)));
    }

    private String accountParam(long target) {
        return target == user.accountId() ? "" : String.valueOf(target);
    }

    private long secondsUntil(java.time.Instant moment) {
        Duration wait = Duration.between(clock.instant(), moment);
        return Math.max(0, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
    }

    private String language() {
        Locale l = locale.get();
        return l.getLanguage();
    }

}
