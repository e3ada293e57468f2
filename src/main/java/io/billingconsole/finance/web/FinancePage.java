package io.billingconsole.finance.web;

import io.billingconsole.account.AuditEntry;
import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.finance.FinanceQueries;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.billingconsole.web.PageAction;
import io.billingconsole.withdrawal.PayoutFailure;
import io.billingconsole.withdrawal.ProofFiles;
import io.billingconsole.withdrawal.Withdrawal;
import io.billingconsole.withdrawal.WithdrawalError;
import io.billingconsole.withdrawal.WithdrawalProof;
import io.billingconsole.withdrawal.WithdrawalService;
import io.billingconsole.withdrawal.WithdrawalStatus;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The finance back office (SPEC 9, role FINANCE only; operators have no part in payouts and are refused):
 * the home page with the withdrawals counted by status, the review queue with its status filter, a
 * withdrawal's detail with proofs, balance parts and recent withdrawals, where finance approves, rejects
 * with a reason or records a payout result, and the audit log of finance actions. Refusals (own request,
 * a second approval by the same user, a request no longer under review after a stale form or a repeated
 * submit) show the page again with the reason in the user's language.
 */
@Path("/finance")
@RolesAllowed(Role.FINANCE_NAME)
@Produces(MediaType.TEXT_HTML)
public class FinancePage {

    private static final Set<String> DONE = Set.of("approved", "first_approval", "rejected", "payout_recorded");
    private static final int PAGE_SIZE = 20;

    /** A list row: the withdrawal with its approvals given and needed. */
    public record Row(Withdrawal w, int approvalsDone, int approvalsNeeded) {
    }

    /** The detail page: the review, a flash line, and the reject reason typed before a refusal. */
    public record DetailView(FinanceQueries.Review review, String error, String done, String rejectReason,
                             String twoApprovalsAbove, List<PayoutFailure> failures) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<FinanceQueries.StatusCount> counts, long total);

        static native TemplateInstance withdrawals(PageOf<Row> page, String status, List<WithdrawalStatus> statuses,
                                                   String base);

        static native TemplateInstance withdrawal(DetailView view);

        static native TemplateInstance audit(PageOf<AuditEntry> page);
    }

    @Inject
    CurrentUser user;

    @Inject
    FinanceQueries queries;

    @Inject
    WithdrawalService withdrawals;

    @Inject
    ProofFiles proofFiles;

    @Inject
    PageAction action;

    @GET
    public TemplateInstance index() {
        List<FinanceQueries.StatusCount> counts = queries.countsByStatus();
        return Templates.index(counts, counts.stream().mapToLong(FinanceQueries.StatusCount::count).sum());
    }

    @GET
    @Path("withdrawals")
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("page") String page) {
        WithdrawalStatus selected = Params.optionalEnum(WithdrawalStatus.class, status);
        PageOf<Withdrawal> found = withdrawals.queue(selected, PageOf.page(Params.optionalInt(page)), PAGE_SIZE);
        PageOf<Row> rows = new PageOf<>(found.items().stream().map(FinancePage::row).toList(), found.page(),
                found.size(), found.total());
        return Templates.withdrawals(rows, selected == null ? "" : selected.name(),
                Arrays.asList(WithdrawalStatus.values()), Params.query("status", selected == null ? null : selected.name()));
    }

    @GET
    @Path("withdrawals/{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("done") String done) {
        long withdrawalId = Params.id(id, WithdrawalError.WITHDRAWAL_NOT_FOUND);
        return Templates.withdrawal(view(withdrawalId, null, done != null && DONE.contains(done) ? done : null, null));
    }

    @POST
    @Path("withdrawals/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") String id) {
        return act(id, null, withdrawalId -> {
            Withdrawal w = withdrawals.approve(withdrawalId, user.userId());
            return w.status == WithdrawalStatus.UNDER_REVIEW ? "first_approval" : "approved";
        });
    }

    @POST
    @Path("withdrawals/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") String id, @FormParam("reason") String reason) {
        return act(id, reason, withdrawalId -> {
            withdrawals.reject(withdrawalId, user.userId(), reason);
            return "rejected";
        });
    }

    @POST
    @Path("withdrawals/{id}/payout-result")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response payoutResult(@PathParam("id") String id, @FormParam("result") String result,
                                 @FormParam("failureCode") String failureCode) {
        return act(id, null, withdrawalId -> {
            boolean succeeded = PayoutResults.succeeded(result);
            withdrawals.recordPayout(withdrawalId, succeeded,
                    succeeded ? null : Params.optionalEnum(PayoutFailure.class, failureCode), user.userId());
            return "payout_recorded";
        });
    }

    /** A proof file, always as a download (never shown inline: its content came from a customer). */
    @GET
    @Path("withdrawals/{id}/proofs/{proofId}")
    @Produces(MediaType.WILDCARD)
    public Response proof(@PathParam("id") String id, @PathParam("proofId") String proofId) {
        long withdrawalId = Params.id(id, WithdrawalError.WITHDRAWAL_NOT_FOUND);
        WithdrawalProof proof = proofFiles.load(null, withdrawalId, Params.id(proofId, WithdrawalError.PROOF_NOT_FOUND));
        return Response.ok(proof.content, proof.contentType)
                .header("Content-Disposition", attachment(proof))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("audit")
    public TemplateInstance audit(@QueryParam("page") String page) {
        return Templates.audit(queries.audit(PageOf.page(Params.optionalInt(page)), PAGE_SIZE));
    }

    /** Acts on the withdrawal and answers 303 to it with a done line, or shows it again with the reason. */
    private Response act(String id, String typedReason, LongFunction<String> change) {
        long withdrawalId = Params.id(id, WithdrawalError.WITHDRAWAL_NOT_FOUND);
        return action.run(() -> "/finance/withdrawals/" + withdrawalId + "?done=" + change.apply(withdrawalId),
                error -> Templates.withdrawal(view(withdrawalId, error, null, typedReason)));
    }

    private DetailView view(long withdrawalId, String error, String done, String rejectReason) {
        return new DetailView(queries.review(withdrawalId), error, done, rejectReason, queries.twoApprovalsAbove(),
                Arrays.asList(PayoutFailure.values()));
    }

    private static Row row(Withdrawal w) {
        return new Row(w, FinanceQueries.approvalsDone(w), FinanceQueries.approvalsNeeded(w));
    }

    /** attachment; an ASCII fallback name and the real one in RFC 5987 form. */
    static String attachment(WithdrawalProof proof) {
        String fallback = "proof-" + proof.id + extension(proof.contentType);
        String encoded = URLEncoder.encode(proof.originalName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
    }
}
