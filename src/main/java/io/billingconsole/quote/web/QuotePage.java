package io.billingconsole.quote.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.quote.Quote;
import io.billingconsole.quote.QuoteExport;
import io.billingconsole.quote.QuoteError;
import io.billingconsole.quote.QuoteMessages;
import io.billingconsole.quote.QuoteService;
import io.billingconsole.quote.QuoteStatus;
import io.billingconsole.renewal.web.ListFilters;
import io.billingconsole.renewal.DurationOption;
import io.billingconsole.renewal.RenewalError;
import io.billingconsole.renewal.RenewalItem;
import io.billingconsole.renewal.RenewalService.PricedLine;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.Params;
import io.billingconsole.shared.Translator;
import io.billingconsole.web.PageAction;
import io.billingconsole.web.RequestLocale;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The quote step of the renewal list (导出续费清单): choose the durations, see each line's price, new
 * expiry and the total, create the quote, then download it as CSV or PDF. Renews and charges nothing.
 */
@Path("/quotes")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.TEXT_HTML)
public class QuotePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance create(NewView view);

        static native TemplateInstance quote(QuoteView view);

        static native TemplateInstance createMatching(MatchingView view);
    }

    /** "Quote all resources matching the filter": how many, the durations all of them allow. */
    public record MatchingView(ListFilters filters, int count, int skipped, List<DurationOption> options, Integer selected,
                               Money total, String error) {
    }

    /** What the page's progress bar polls. */
    public record Progress(QuoteStatus status, int linesDone, int linesTotal, String text) {
    }

    /** One selected resource with the durations its product allows and, when priced, its quote line. */
    public record NewLine(CloudResource resource, String productName, List<DurationOption> options, int selected,
                          PricedLine priced) {
    }

    public record NewView(List<NewLine> lines, List<DurationOption> commonOptions, boolean perResourceAllowed, boolean each,
                          Integer selected, Money total, String error) {
    }

    public record ViewLine(QuoteService.LineRow line, String productName) {
    }

    public record QuoteView(Quote quote, List<ViewLine> lines, String account, String download, boolean preparing,
                            boolean failed, String failure, boolean truncated) {
    }

    @Inject
    CurrentUser user;

    @Inject
    QuoteService quotes;

    @Inject
    QuoteDownloads downloads;

    @Inject
    ResourceService resources;

    @Inject
    RequestLocale locale;

    @Inject
    PageAction action;

    @Inject
    Translator translator;

    @GET
    @Path("new")
    public Response form(@Context UriInfo uri) {
        if ("1".equals(uri.getQueryParameters().getFirst("all"))) {
            return Response.ok(Templates.createMatching(matchingView(uri.getQueryParameters(), null))).build();
        }
        List<String> ids = uri.getQueryParameters().get("id");
        if (ids == null || ids.isEmpty()) {
            // back to the renewal list, saying that nothing was selected (as 批量续费 does)
            return Response.seeOther(URI.create("/renewals?error=" + RenewalError.EMPTY_SELECTION)).build();
        }
        return Response.ok(Templates.create(view(uri.getQueryParameters(), null))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        if ("1".equals(form.getFirst("all"))) {
            return action.run(() -> {
                ListFilters filters = ListFilters.from(form);
                Integer months = Params.optionalInt(form.getFirst("months"));
                if (months == null) {
                    throw new DomainException(ResourceError.INVALID_DURATION, "", "");
                }
                Quote quote = quotes.createMatching(user.accountId(),
                        filters.resourceFilter(quotes.products().keySet(), 1, 1), filters.resourceSort(),
                        filters.hidesReleased(), months);
                return "/quotes/" + quote.id;
            }, error -> Templates.createMatching(matchingView(form, error)));
        }
        return action.run(() -> {
            Quote quote = quotes.create(user.accountId(), items(form, parseIds(form.get("id"))));
            return "/quotes/" + quote.id;
        }, error -> Templates.create(view(form, error)));
    }

    /** A failed quote built again; back to its page, which shows the progress. */
    @POST
    @Path("{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("id") String id) {
        Quote quote = quotes.retry(user.accountId(), Params.id(id, QuoteError.QUOTE_NOT_FOUND));
        return Response.seeOther(URI.create("/quotes/" + quote.id)).build();
    }

    /** The build's progress, for the page's progress bar (the page itself works without it, by reloading). */
    @GET
    @Path("{id}/progress")
    @Produces(MediaType.APPLICATION_JSON)
    public Progress progress(@PathParam("id") String id) {
        Quote quote = quotes.find(user.accountId(), Params.id(id, QuoteError.QUOTE_NOT_FOUND));
        QuoteMessages m = Translator.bundle(QuoteMessages.class, locale.get());
        return new Progress(quote.status, quote.linesDone, quote.linesTotal, m.preparing(quote.linesDone, quote.linesTotal));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("download") String download) {
        long accountId = user.accountId();
        Quote quote = quotes.find(accountId, Params.id(id, QuoteError.QUOTE_NOT_FOUND));
        Map<String, ProductRule> products = quotes.products();
        String language = locale.get().getLanguage();
        boolean ready = quote.status == QuoteStatus.READY;
        // the page shows the first lines; the CSV and PDF have them all
        List<ViewLine> lines = ready ? quotes.lines(quote.id, 0, QuoteService.INSTANT_LINES).stream()
                .map(l -> new ViewLine(l, QuoteExport.productName(products, l.productType(), language))).toList()
                : List.of();
        String format = ready && ("csv".equals(download) || "pdf".equals(download)) ? download : null;
        String failure = quote.status == QuoteStatus.FAILED ? translator.message(quotes.failure(quote), locale.get()) : null;
        return Templates.quote(new QuoteView(quote, lines, quotes.accountLabel(accountId), format,
                quote.status == QuoteStatus.PREPARING, failure != null, failure, ready && quote.linesTotal > lines.size()));
    }

    @GET
    @Path("{id}/csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id) {
        return downloads.download(user.accountId(), Params.id(id, QuoteError.QUOTE_NOT_FOUND),
                locale.get().getLanguage(), QuoteDownloads.Format.CSV);
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id) {
        return downloads.download(user.accountId(), Params.id(id, QuoteError.QUOTE_NOT_FOUND),
                locale.get().getLanguage(), QuoteDownloads.Format.PDF);
    }

    /** The form with the chosen durations priced by the renewal rules, or with the reason they cannot be. */
    private NewView view(MultivaluedMap<String, String> params, String error) {
        long accountId = user.accountId();
        List<Long> ids = parseIds(params.get("id"));
        List<CloudResource> selection = resources.findOwnedInOrder(accountId, ids);
        Map<String, ProductRule> rules = quotes.products();
        String language = locale.get().getLanguage();
        Set<Integer> common = null;
        boolean perResourceAllowed = true;
        for (CloudResource r : selection) {
            ProductRule rule = rules.get(r.productType);
            perResourceAllowed &= rule.perResourceDuration;
            common = common == null ? new LinkedHashSet<>(rule.allowedMonthList()) : common;
            common.retainAll(rule.allowedMonthList());
        }
        List<Integer> commonOptions = common == null ? List.of() : List.copyOf(common);
        boolean each = perResourceAllowed && "each".equals(params.getFirst("mode"));
        Integer selected = Params.optionalInt(params.getFirst("months"));
        if (selected == null || !commonOptions.contains(selected)) {
            selected = commonOptions.isEmpty() ? null : commonOptions.get(0);
        }
        Map<Long, Integer> chosen = new java.util.HashMap<>();
        for (CloudResource r : selection) {
            List<Integer> allowed = rules.get(r.productType).allowedMonthList();
            Integer m = each ? Params.optionalInt(params.getFirst("months_" + r.id)) : selected;
            chosen.put(r.id, m != null && allowed.contains(m) ? m : selected != null ? selected : allowed.get(0));
        }
        Map<Long, PricedLine> priced = new java.util.HashMap<>();
        Money total = null;
        String refusal = error;
        if (!each && selected == null) {
            refusal = refusal != null ? refusal : translator.message(
                    new DomainException(RenewalError.PER_RESOURCE_DURATION_NOT_ALLOWED, ""), locale.get());
        } else {
            try {
                List<RenewalItem> items = selection.stream().map(r -> new RenewalItem(r.id, chosen.get(r.id))).toList();
                total = Money.ZERO;
                for (PricedLine p : quotes.preview(accountId, items)) {
                    priced.put(p.resource().id, p);
                    total = total.plus(p.amount());
                }
            } catch (DomainException e) {
                total = null;
                refusal = refusal != null ? refusal : translator.message(e, locale.get());
            }
        }
        List<NewLine> lines = new ArrayList<>();
        for (CloudResource r : selection) {
            lines.add(new NewLine(r, QuoteExport.productName(rules, r.productType, language),
                    options(rules.get(r.productType).allowedMonthList()), chosen.get(r.id), priced.get(r.id)));
        }
        return new NewView(lines, options(commonOptions), perResourceAllowed, each, selected, total, refusal);
    }

    /** The "quote all matching" form: the renewable resources the list's filter finds, the durations they allow. */
    private MatchingView matchingView(MultivaluedMap<String, String> params, String error) {
        long accountId = user.accountId();
        ListFilters filters = ListFilters.from(params);
        QuoteService.Matching matching = quotes.matching(accountId,
                filters.resourceFilter(quotes.products().keySet(), 1, 1), filters.resourceSort(), filters.hidesReleased());
        List<CloudResource> found = matching.resources();
        List<Integer> common = quotes.commonDurations(found);
        Integer selected = Params.optionalInt(params.getFirst("months"));
        if (selected == null || !common.contains(selected)) {
            selected = common.isEmpty() ? null : common.get(0);
        }
        String refusal = error;
        if (refusal == null && found.isEmpty()) {
            refusal = translator.message(new DomainException(RenewalError.EMPTY_SELECTION), locale.get());
        } else if (refusal == null && found.size() > QuoteService.MAX_LINES) {
            refusal = translator.message(new DomainException(QuoteError.QUOTE_TOO_LARGE,
                    String.valueOf(QuoteService.MAX_LINES), QuoteService.MAX_LINES + "+"), locale.get());
        } else if (refusal == null && selected == null) {
            refusal = translator.message(new DomainException(RenewalError.PER_RESOURCE_DURATION_NOT_ALLOWED, ""), locale.get());
        }
        Money total = null;
        if (selected != null && found.size() <= QuoteService.MAX_LINES) {
            // what RenewalService.price charges per line: the resource's monthly price times the months
            total = Money.ZERO;
            for (CloudResource r : found) {
                total = total.plus(r.monthlyPrice.times(selected));
            }
        }
        return new MatchingView(filters, found.size(), matching.skipped(), options(common), selected, total, refusal);
    }

    /** Durations as the forms show them (in years where whole). */
    private static List<DurationOption> options(List<Integer> months) {
        return months.stream().map(m -> new DurationOption(m, null, null)).toList();
    }

    private static List<RenewalItem> items(MultivaluedMap<String, String> form, List<Long> ids) {
        boolean each = "each".equals(form.getFirst("mode"));
        List<RenewalItem> items = new ArrayList<>();
        for (Long id : ids) {
            Integer months = Params.optionalInt(each ? form.getFirst("months_" + id) : form.getFirst("months"));
            if (months == null) {
                throw new DomainException(ResourceError.INVALID_DURATION, "", "");
            }
            items.add(new RenewalItem(id, months));
        }
        return items;
    }

    private static List<Long> parseIds(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new DomainException(RenewalError.EMPTY_SELECTION);
        }
        if (ids.size() > QuoteService.MAX_LINES) {
            throw new DomainException(QuoteError.QUOTE_TOO_LARGE, String.valueOf(QuoteService.MAX_LINES),
                    String.valueOf(ids.size()));
        }
        return ids.stream().map(id -> Params.id(id, ResourceError.RESOURCE_NOT_FOUND)).distinct().toList();
    }
}
