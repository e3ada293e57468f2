package io.billingconsole.finance.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.billingconsole.withdrawal.PayoutFailure;
import io.billingconsole.withdrawal.Withdrawal;
import io.billingconsole.withdrawal.WithdrawalError;
import io.billingconsole.withdrawal.WithdrawalService;
import io.billingconsole.withdrawal.WithdrawalStatus;
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

import java.time.ZoneId;
import java.util.List;

/**
 * The withdrawal review for finance (role FINANCE): the queue by status, approve, reject with a
 * reason, and a payout result recorded by hand. The acting user is the logged-in one. Its own class
 * path beside {@code admin.AdminApi}'s {@code /api/v1/admin}: JAX-RS picks the class whose path
 * matches most literally, so each keeps its own sub-paths (as {@code admin.AuditApi} does).
 */
@Path("/api/v1/admin/withdrawals")
@RolesAllowed(Role.FINANCE_NAME)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FinanceWithdrawalApi {

    public record WithdrawalList(List<FinanceWithdrawalJson> items, int page, int size, long total) {
    }

    public record Rejection(String reason) {
    }

    /** {@code result} SUCCEEDED or FAILED; {@code failureCode} required when FAILED. */
    public record PayoutResult(String result, String failureCode) {
    }

    @Inject
    CurrentUser user;

    @Inject
    WithdrawalService withdrawals;

    @Inject
    ZoneId zone;

    /** Oldest first; {@code status} filters (none: all), {@code size} 1-100, default 50. */
    @GET
    public WithdrawalList list(@QueryParam("status") String status, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        WithdrawalStatus filter = Params.optionalEnum(WithdrawalStatus.class, status);
        if (status != null && !status.isBlank() && filter == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "status");
        }
        PageOf<Withdrawal> found = withdrawals.queue(filter, PageOf.page(Params.optionalInt(page)),
                PageOf.size(Params.optionalInt(size), 50));
        return new WithdrawalList(found.items().stream().map(w -> FinanceWithdrawalJson.of(w, zone)).toList(),
                found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    public FinanceWithdrawalJson get(@PathParam("id") String id) {
        return FinanceWithdrawalJson.of(withdrawals.get(id(id)), zone);
    }

    /** Approves; a large request stays UNDER_REVIEW after the first of its two approvals. */
    @POST
    @Path("{id}/approve")
    public FinanceWithdrawalJson approve(@PathParam("id") String id) {
        return FinanceWithdrawalJson.of(withdrawals.approve(id(id), user.userId()), zone);
    }

    @POST
    @Path("{id}/reject")
    public FinanceWithdrawalJson reject(@PathParam("id") String id, Rejection body) {
        long withdrawalId = id(id);
        return FinanceWithdrawalJson.of(withdrawals.reject(withdrawalId, user.userId(),
                body == null ? null : body.reason()), zone);
    }

    @POST
    @Path("{id}/payout-result")
    public FinanceWithdrawalJson payoutResult(@PathParam("id") String id, PayoutResult body) {
        long withdrawalId = id(id);
        if (body == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "result");
        }
        boolean succeeded = PayoutResults.succeeded(body.result());
        PayoutFailure failure = null;
        if (!succeeded && body.failureCode() != null && !body.failureCode().isBlank()) {
            failure = Params.optionalEnum(PayoutFailure.class, body.failureCode());
            if (failure == null) {
                throw new DomainException(CommonError.INVALID_INPUT, "failureCode");
            }
        }
        return FinanceWithdrawalJson.of(withdrawals.recordPayout(withdrawalId, succeeded, failure, user.userId()), zone);
    }

    private static long id(String id) {
        return Params.id(id, WithdrawalError.WITHDRAWAL_NOT_FOUND);
    }
}
