package io.billingconsole.quote.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.quote.Quote;
import io.billingconsole.quote.QuoteExport;
import io.billingconsole.quote.QuoteService;
import io.billingconsole.renewal.DurationOption;
import io.billingconsole.renewal.RenewalError;
import io.billingconsole.renewal.RenewalItem;
import io.billingconsole.renewal.RenewalService;
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
import jakarta.ws.rs.core.StreamingOutput;
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
    }

    /** One selected resource with the durations its product allows and, when priced, its quote line. */
    public record NewLine(CloudResource resource, String productName, List<DurationOption> options, int selected,
                          PricedLine priced) {
    }

    public record NewView(List<NewLine> lines, List<DurationOption> commonOptions, boolean perResourceAllowed, boolean each,
                          Integer selected, Money total, String error) {
    }

    public record ViewLine(io.billingconsole.quote.QuoteLine line, String productName) {
    }

    public record QuoteView(Quote quote, List<ViewLine> lines, String account, String download) {
    }

    @Inject
    CurrentUser user;

    @Inject
    QuoteService quotes;

    @Inject
    QuoteExport export;

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
        return action.run(() -> {
            Quote quote = quotes.create(user.accountId(), items(form, parseIds(form.get("id"))));
            return "/quotes/" + quote.id;
        }, error -> Templates.create(view(form, error)));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("download") String download) {
        long accountId = user.accountId();
        Quote quote = quotes.find(accountId, Params.id(id, io.billingconsole.quote.QuoteError.QUOTE_NOT_FOUND));
        Map<String, ProductRule> products = quotes.products();
        String language = locale.get().getLanguage();
        List<ViewLine> lines = quote.lines.stream()
                .map(l -> new ViewLine(l, QuoteExport.productName(products, l.productType, language))).toList();
        String format = "csv".equals(download) || "pdf".equals(download) ? download : null;
        return Templates.quote(new QuoteView(quote, lines, quotes.accountLabel(accountId), format));
    }

    @GET
    @Path("{id}/csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id) {
        long accountId = user.accountId();
        Quote quote = quotes.find(accountId, Params.id(id, io.billingconsole.quote.QuoteError.QUOTE_NOT_FOUND));
        Map<String, ProductRule> products = quotes.products();
        String account = quotes.accountLabel(accountId);
        String language = locale.get().getLanguage();
        StreamingOutput body = out -> export.csv(quote, products, account, language, out);
        return Response.ok(body, QuoteApi.CSV)
                .header("Content-Disposition", "attachment; filename=\"" + quote.number + ".csv\"").build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id) {
        long accountId = user.accountId();
        Quote quote = quotes.find(accountId, Params.id(id, io.billingconsole.quote.QuoteError.QUOTE_NOT_FOUND));
        Map<String, ProductRule> products = quotes.products();
        String account = quotes.accountLabel(accountId);
        String language = locale.get().getLanguage();
        StreamingOutput body = out -> export.pdf(quote, products, account, language, out);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + quote.number + ".pdf\"").build();
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
        if (ids.size() > RenewalService.MAX_BATCH) {
            throw new DomainException(RenewalError.SELECTION_TOO_LARGE, String.valueOf(RenewalService.MAX_BATCH));
        }
        return ids.stream().map(id -> Params.id(id, ResourceError.RESOURCE_NOT_FOUND)).distinct().toList();
    }
}
