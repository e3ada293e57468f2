package io.billingconsole.quote.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.quote.Quote;
import io.billingconsole.quote.QuoteExport;
import io.billingconsole.quote.QuoteService;
import io.billingconsole.quote.QuoteStatus;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Locales;
import io.billingconsole.shared.Translator;
import io.billingconsole.renewal.web.RenewalApi;
import io.billingconsole.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Renewal quotes (导出续费清单): priced like a renewal order, renew and charge nothing; CSV and PDF downloads. */
@Path("/api/v1/quotes")
@RolesAllowed(Role.CUSTOMER_NAME)
public class QuoteApi {

    public static final String CSV = "text/csv; charset=UTF-8";

    /**
     * A quote as the API shows it: {@code status} PREPARING (built in the background: {@code linesDone} of
     * {@code linesTotal}), READY or FAILED ({@code failure}); {@code lines} are the first
     * {@link QuoteService#INSTANT_LINES} ({@code linesTruncated} when there are more: the CSV has them all).
     */
    public record QuoteJson(long id, String number, QuoteStatus status, int linesDone, int linesTotal, Money total,
                            OffsetDateTime createdAt, OffsetDateTime validUntil, Failure failure, List<Line> lines,
                            boolean linesTruncated) {
    }

    public record Failure(String code, String message) {
    }

    public record Line(long resourceId, String resourceName, String productType, String productName, int months,
                       Money unitPrice, Money amount, OffsetDateTime expiryBefore, OffsetDateTime expiryAfter) {
    }

    @Inject
    CurrentUser user;

    @Inject
    QuoteService quotes;

    @Inject
    QuoteDownloads downloads;

    @Inject
    ZoneId zone;

    @Inject
    Translator translator;

    @APIResponse(responseCode = "201", description = "The quote, READY (nothing is renewed or charged)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = QuoteJson.class)))
    @APIResponse(responseCode = "202", description = "A large quote, PREPARING: poll its Location for the progress",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = QuoteJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(RenewalApi.RenewalRequest request) {
        Quote quote = quotes.create(user.accountId(), RenewalApi.items(request));
        URI location = URI.create("/api/v1/quotes/" + quote.id);
        return (quote.status == QuoteStatus.READY ? Response.created(location) : Response.accepted().location(location))
                .entity(json(quote)).build();
    }

    @APIResponse(responseCode = "200", description = "A FAILED quote built again (PREPARING); others as they are",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = QuoteJson.class)))
    @POST
    @Path("/{id}/retry")
    @Produces(MediaType.APPLICATION_JSON)
    public QuoteJson retry(@PathParam("id") long id) {
        return json(quotes.retry(user.accountId(), id));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public QuoteJson get(@PathParam("id") long id) {
        return json(quotes.find(user.accountId(), id));
    }

    @APIResponse(responseCode = "200", description = "The quote as CSV (UTF-8 with BOM)",
            content = @Content(mediaType = "text/csv"))
    // no @Produces: the file is the answer whatever the client accepts (a refusal is JSON as everywhere)
    @GET
    @Path("/{id}.csv")
    public Response csv(@PathParam("id") long id) {
        return downloads.download(user.accountId(), id, user.language(), QuoteDownloads.Format.CSV);
    }

    @APIResponse(responseCode = "200", description = "The quote as PDF",
            content = @Content(mediaType = "application/pdf"))
    @GET
    @Path("/{id}.pdf")
    public Response pdf(@PathParam("id") long id) {
        return downloads.download(user.accountId(), id, user.language(), QuoteDownloads.Format.PDF);
    }

    private QuoteJson json(Quote quote) {
        Map<String, ProductRule> products = quotes.products();
        String language = user.language();
        List<Line> lines = quote.status == QuoteStatus.READY
                ? quotes.lines(quote.id, 0, QuoteService.INSTANT_LINES).stream().map(l -> new Line(l.resourceId(),
                        l.resourceName(), l.productType(), QuoteExport.productName(products, l.productType(), language),
                        l.months(), l.unitPrice(), l.amount(), at(l.expiryBefore()), at(l.expiryAfter()))).toList()
                : List.of();
        Failure failure = null;
        if (quote.status == QuoteStatus.FAILED) {
            DomainException reason = quotes.failure(quote);
            failure = new Failure(reason.code().toString(), translator.message(reason, Locales.of(language)));
        }
        return new QuoteJson(quote.id, quote.number, quote.status, quote.linesDone, quote.linesTotal, quote.total,
                at(quote.createdAt), at(quote.validUntil), failure, lines,
                quote.status == QuoteStatus.READY && quote.linesTotal > lines.size());
    }

    private OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
