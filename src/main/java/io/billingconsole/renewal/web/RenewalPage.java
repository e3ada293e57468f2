package io.billingconsole.renewal.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.autorenew.AutoRenewService;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.ledger.LedgerService;
import io.billingconsole.order.Order;
import io.billingconsole.renewal.DurationOption;
import io.billingconsole.renewal.RenewalError;
import io.billingconsole.renewal.RenewalItem;
import io.billingconsole.renewal.RenewalService;
import io.billingconsole.renewal.web.RenewalViews.AutoRenewBatchView;
import io.billingconsole.renewal.web.RenewalViews.BatchLine;
import io.billingconsole.renewal.web.RenewalViews.BatchView;
import io.billingconsole.renewal.web.RenewalViews.DetailView;
import io.billingconsole.renewal.web.RenewalViews.ExpiryOption;
import io.billingconsole.renewal.RenewalMessages;
import io.billingconsole.resource.ResourceMessages;
import io.billingconsole.renewal.web.RenewalViews.ListView;
import io.billingconsole.renewal.web.RenewalViews.ModeTab;
import io.billingconsole.renewal.web.RenewalViews.ProductTab;
import io.billingconsole.renewal.web.RenewalViews.QuickFilter;
import io.billingconsole.renewal.web.RenewalViews.SortLink;
import io.billingconsole.renewal.web.RenewalViews.StatusOption;
import io.billingconsole.ledger.BalanceSummary;
import io.billingconsole.shared.Translator;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import io.billingconsole.renewal.web.RenewalViews.RenewView;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.RenewalMode;
import io.billingconsole.resource.RenewalTerm;
import io.billingconsole.resource.ResourceCounts;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.resource.ResourceFilter;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.resource.web.ResourceEndViews;
import io.billingconsole.resource.web.ResourceEndViews.EndView;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.billingconsole.web.RequestLocale;
import io.billingconsole.web.PageAction;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * 续费管理: the list by product and renewal mode, filters and search; single and batch renewal forms;
 * a resource's detail with its charge calendar and auto-renew settings; batch "enable auto-renewal".
 */
@Path("/renewals")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.TEXT_HTML)
public class RenewalPage {

    private static final int PAGE_SIZE = 20;
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    private static final Set<String> DETAIL_DONE = Set.of("auto_renew_enabled", "auto_renew_modified",
            "auto_renew_cancelled");
    private static final String BATCH_DONE = "auto_renew_batch";
    private static final List<String> MODES = List.of("ALL", RenewalMode.AUTO.name(), RenewalMode.MANUAL.name(),
            RenewalMode.NONE.name());

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance renew(RenewView view);

        static native TemplateInstance batch(BatchView view);

        static native TemplateInstance detail(DetailView view, EndView end);

        static native TemplateInstance autoRenewBatch(AutoRenewBatchView view);
    }

    @Inject
    CurrentUser user;

    @Inject
    ResourceService resources;

    @Inject
    ResourceRows rows;

    @Inject
    ProductCatalog catalog;

    @Inject
    RenewalService renewals;

    @Inject
    AutoRenewService autoRenew;

    @Inject
    AutoRenewViews autoRenewViews;

    @Inject
    ResourceEndViews endViews;

    @Inject
    LedgerService ledger;

    @Inject
    RequestLocale locale;

    @Inject
    PageAction action;

    @Inject
    ZoneId zone;

    @Inject
    Translator translator;

    /**
     * The list, read and rendered in one read-only transaction ({@link RenewalService#read}) and
     * sent as UTF-8 bytes (String.getBytes is an intrinsic; Netty's encoder of a String response was
     * a quarter of the JVM's time, issue 13). Its counts and rows are read with plain JDBC through
     * {@link io.billingconsole.shared.ReadReplica#read} ({@link ResourceService#listPage}): on the read
     * replica when it is on, except for a browser that has just sent a form (read-your-writes cookie);
     * the rows are rendered from precomputed texts ({@link ListRow}).
     */
    @GET
    public Response list(@QueryParam("type") String type, @QueryParam("status") String status,
                         @QueryParam("renewal") String renewal, @QueryParam("expiring") String expiring,
                         @QueryParam("q") String search, @QueryParam("page") String page,
                         @QueryParam("done") String done, @QueryParam("sort") String sortText,
                         @QueryParam("released") String released, @QueryParam("error") String error) {
        String html = renewals.read(() -> listPage(type, status, renewal, expiring, search, page, done, sortText,
                released, error).render());
        return Response.ok(html.getBytes(StandardCharsets.UTF_8), HTML).build();
    }

    private TemplateInstance listPage(String type, String status, String renewal, String expiring, String search,
                                      String page, String done, String sortText, String released, String error) {
        long accountId = user.accountId();
        Map<String, ProductRule> rules = catalog.byType();
        String selectedType = rules.containsKey(type) ? type : null;
        ResourceStatus selectedStatus = Params.optionalEnum(ResourceStatus.class, status);
        RenewalMode selectedMode = Params.optionalEnum(RenewalMode.class, renewal);
        Integer within = Params.optionalInt(expiring);
        if (within != null && !ResourceService.EXPIRY_FILTER_DAYS.contains(within)) {
            within = null;
        }
        ListSort sort = ListSort.parse(sortText);
        boolean showReleased = "1".equals(released);
        // an explicit search finds released resources too (by name or id), and so does the "no renewal" tab
        boolean hideReleased = !showReleased && (search == null || search.isBlank()) && selectedMode != RenewalMode.NONE;
        int soonDays = ResourceService.EXPIRY_FILTER_DAYS.get(0);
        // one connection (the read replica when on): one grouped count for the tabs, the status filter, the
        // quick filters and (type-only lists) the pager; the page with its rows' unpaid orders
        ResourceService.ListPage listed = resources.listPage(accountId, new ResourceFilter(selectedType,
                selectedStatus, selectedMode, within, search, PageOf.page(Params.optionalInt(page)), PAGE_SIZE),
                sort.resourceSort(), hideReleased, soonDays);
        ResourceCounts allCounts = listed.counts();
        Map<String, Long> counts = allCounts.byType();
        List<ProductTab> tabs = rules.values().stream()
                .map(rule -> new ProductTab(rule.productType, rule.name(locale.get()),
                        counts.getOrDefault(rule.productType, 0L), rule.productType.equals(selectedType)))
                .toList();
        String modeName = selectedMode == null ? null : selectedMode.name();
        String statusName = selectedStatus == null ? null : selectedStatus.name();
        String withinText = within == null ? null : within.toString();
        String releasedFlag = showReleased ? "1" : null;
        String others = Params.query("type", selectedType, "status", statusName, "expiring", withinText, "q", search,
                "sort", sort.value(), "released", releasedFlag);
        Locale language = locale.get();
        String lang = language.getLanguage();
        RenewalMessages texts = Translator.bundle(RenewalMessages.class, language);
        ResourceMessages resourceTexts = Translator.bundle(ResourceMessages.class, language);
        List<ModeTab> modeTabs = MODES.stream().map(mode -> new ModeTab(mode,
                "/renewals?" + others + ("ALL".equals(mode) ? "" : "renewal=" + mode),
                mode.equals(modeName == null ? "ALL" : modeName),
                rows.text(lang, "renewal_mode_tab", mode, () -> texts.renewal_mode_tab(mode)))).toList();
        String unsorted = Params.query("type", selectedType, "status", statusName, "renewal", modeName,
                "expiring", withinText, "q", search, "released", releasedFlag);
        Map<ResourceStatus, Long> byStatus = allCounts.byStatus(selectedType);
        List<StatusOption> statuses = Arrays.stream(ResourceStatus.values())
                .map(s -> new StatusOption(s, byStatus.getOrDefault(s, 0L),
                        rows.text(lang, "resource_status", s, () -> resourceTexts.resource_status(s)), s == selectedStatus))
                .toList();
        Integer chosenWithin = within;
        List<ExpiryOption> expiryOptions = ResourceService.EXPIRY_FILTER_DAYS.stream()
                .map(d -> new ExpiryOption(d, rows.text(lang, "filter_expiring_days", d, () -> texts.filter_expiring_days(d)),
                        d.equals(chosenWithin)))
                .toList();
        String quickBase = Params.query("type", selectedType, "renewal", modeName, "sort", sort.value());
        long expiringCount = allCounts.expiringSoon(selectedType);
        long expiredCount = byStatus.getOrDefault(ResourceStatus.EXPIRED, 0L);
        List<QuickFilter> quick = List.of(
                new QuickFilter("expiring", expiringCount, "/renewals?" + quickBase + "expiring=" + soonDays,
                        selectedStatus == null && Integer.valueOf(soonDays).equals(within),
                        rows.text(lang, "quick_expiring", expiringCount, () -> texts.quick_expiring(expiringCount)),
                        rows.text(lang, "quick_expiring_title", soonDays, () -> texts.quick_expiring_title(soonDays))),
                new QuickFilter("expired", expiredCount, "/renewals?" + quickBase + "status=" + ResourceStatus.EXPIRED,
                        selectedStatus == ResourceStatus.EXPIRED && within == null,
                        rows.text(lang, "quick_expired", expiredCount, () -> texts.quick_expired(expiredCount)), null));
        ListFilters filters = new ListFilters(selectedType, statusName, modeName, withinText, search, sort.value(),
                showReleased);
        return Templates.list(new ListView(tabs, selectedType == null, selectedType,
                statusName == null ? "" : statusName, modeName, modeTabs, within,
                search == null ? "" : search, rows.listRows(listed.page(), listed.unpaidOrders()), others + Params.query("renewal", modeName),
                statuses, expiryOptions,
                BATCH_DONE.equals(done) ? done : null,
                RenewalError.EMPTY_SELECTION.name().equals(error)
                        ? translator.message(RenewalError.EMPTY_SELECTION, locale.get()) : null,
                showReleased, sort.value(),
                new SortLink("/renewals?" + unsorted + "sort=" + sort.next("name"), sort.ariaSort("name")),
                new SortLink("/renewals?" + unsorted + "sort=" + sort.next("expiry"), sort.ariaSort("expiry")),
                new SortLink("/renewals?" + unsorted + "sort=" + sort.next("days"), sort.ariaSort("days")),
                quick, filters));
    }

    /** Back to the list the selection came from, saying that nothing was selected. */
    private static Response emptySelection(ListFilters filters) {
        return Response.seeOther(URI.create("/renewals?" + filters.query() + "error=" + RenewalError.EMPTY_SELECTION))
                .build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("done") String done) {
        long resourceId = Params.id(id, ResourceError.RESOURCE_NOT_FOUND);
        return Templates.detail(autoRenewViews.detail(user.accountId(), resourceId,
                null, null, done != null && DETAIL_DONE.contains(done) ? done : null),
                endViews.of(user.accountId(), resourceId, done));
    }

    /** Enables auto-renewal, or modifies its duration when it is on. */
    @POST
    @Path("{id}/auto-renew")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setAutoRenew(@PathParam("id") String id, @FormParam("months") String months) {
        long resourceId = Params.id(id, ResourceError.RESOURCE_NOT_FOUND);
        return action.run(() -> {
            boolean wasOn = resources.find(user.accountId(), resourceId).autoRenewEnabled;
            autoRenew.set(user.accountId(), resourceId, months(months, resourceId));
            return "/renewals/" + resourceId + "?done=" + (wasOn ? "auto_renew_modified" : "auto_renew_enabled");
        }, error -> detailAgain(resourceId, Params.optionalInt(months), error));
    }

    @POST
    @Path("{id}/auto-renew/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancelAutoRenew(@PathParam("id") String id) {
        long resourceId = Params.id(id, ResourceError.RESOURCE_NOT_FOUND);
        return action.run(() -> {
            autoRenew.cancel(user.accountId(), resourceId);
            return "/renewals/" + resourceId + "?done=auto_renew_cancelled";
        }, error -> detailAgain(resourceId, null, error));
    }

    @GET
    @Path("auto-renew")
    public Response autoRenewBatchForm(@QueryParam("id") List<String> ids, @Context UriInfo uri) {
        ListFilters filters = ListFilters.from(uri.getQueryParameters());
        if (ids == null || ids.isEmpty()) {
            return emptySelection(filters);
        }
        return Response.ok(Templates.autoRenewBatch(autoRenewViews.batch(user.accountId(), parseIds(ids), null, null,
                filters))).build();
    }

    /** Enables auto-renewal for the selection with one duration; refused as a whole, changing nothing. */
    @POST
    @Path("auto-renew")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response autoRenewBatch(MultivaluedMap<String, String> form) {
        List<Long> ids = parseIds(form.get("id"));
        ListFilters filters = ListFilters.from(form);
        String months = form.getFirst("months");
        Integer chosen = Params.optionalInt(months);
        return action.run(() -> {
            if (chosen == null || chosen < 1) {
                throw new DomainException(ResourceError.INVALID_DURATION, months == null ? "" : months,
                        autoRenewViews.commonMonthsText(user.accountId(), ids));
            }
            autoRenew.enable(user.accountId(), ids, chosen);
            return "/renewals?renewal=" + RenewalMode.AUTO + "&done=" + BATCH_DONE;
        }, error -> Templates.autoRenewBatch(autoRenewViews.batch(user.accountId(), ids, chosen, error, filters)));
    }

    /** The detail again with the reason, unchanged. */
    private TemplateInstance detailAgain(long resourceId, Integer selected, String error) {
        return Templates.detail(autoRenewViews.detail(user.accountId(), resourceId, selected, error, null),
                endViews.of(user.accountId(), resourceId, null));
    }

    @GET
    @Path("{id}/renew")
    public TemplateInstance renewForm(@PathParam("id") String id, @Context UriInfo uri) {
        return Templates.renew(renewView(Params.id(id, ResourceError.RESOURCE_NOT_FOUND), null, null,
                ListFilters.from(uri.getQueryParameters())));
    }

    @POST
    @Path("{id}/renew")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response renew(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        long resourceId = Params.id(id, ResourceError.RESOURCE_NOT_FOUND);
        String months = form.getFirst("months");
        ListFilters filters = ListFilters.from(form);
        Integer chosen = Params.optionalInt(months);
        return action.run(() -> created(renewals.createOrder(user.accountId(),
                        List.of(new RenewalItem(resourceId, months(months, resourceId))))),
                error -> Templates.renew(renewView(resourceId, chosen, error, filters)));
    }

    @GET
    @Path("batch")
    public Response batchForm(@QueryParam("id") List<String> ids, @Context UriInfo uri) {
        ListFilters filters = ListFilters.from(uri.getQueryParameters());
        if (ids == null || ids.isEmpty()) {
            return emptySelection(filters);
        }
        return Response.ok(Templates.batch(batchView(parseIds(ids), false, null, Map.of(), null, filters))).build();
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response batch(MultivaluedMap<String, String> form) {
        List<Long> ids = parseIds(form.get("id"));
        ListFilters filters = ListFilters.from(form);
        boolean each = "each".equals(form.getFirst("mode"));
        Integer common = Params.optionalInt(form.getFirst("months"));
        Map<Long, Integer> perResource = new java.util.HashMap<>();
        ids.forEach(id -> {
            Integer m = Params.optionalInt(form.getFirst("months_" + id));
            if (m != null) {
                perResource.put(id, m);
            }
        });
        return action.run(() -> {
            List<RenewalItem> items = new ArrayList<>();
            for (Long id : ids) {
                String months = each ? form.getFirst("months_" + id) : form.getFirst("months");
                items.add(new RenewalItem(id, months(months, id)));
            }
            return created(renewals.createOrder(user.accountId(), items));
        }, error -> Templates.batch(batchView(ids, each, common, perResource, error, filters)));
    }

    /** Where a new renewal order is shown. */
    private static String created(Order order) {
        return "/orders/" + order.id + "?done=created";
    }

    /** A posted duration; one that is no whole number is refused with the months the resource's product allows. */
    private int months(String text, long resourceId) {
        Integer months = Params.optionalInt(text);
        if (months == null || months < 1) {
            CloudResource resource = resources.find(user.accountId(), resourceId);
            throw new DomainException(ResourceError.INVALID_DURATION, text == null ? "" : text,
                    catalog.require(resource.productType).allowedMonths);
        }
        return months;
    }

    private RenewView renewView(long resourceId, Integer selected, String error, ListFilters filters) {
        long accountId = user.accountId();
        CloudResource resource = resources.find(accountId, resourceId);
        ProductRule rule = catalog.require(resource.productType);
        ResourceRow row = rows.rows(List.of(resource)).get(0);
        List<DurationOption> options = resource.expiresAt == null ? List.of()
                : rule.allowedMonthList().stream().map(m -> new DurationOption(m, resource.monthlyPrice.times(m),
                        RenewalTerm.extend(resource.expiresAt, m, zone))).toList();
        BalanceSummary balance = ledger.summary(accountId);
        Map<Integer, Money> shortfalls = new HashMap<>();
        options.forEach(o -> {
            Money missing = ledger.shortfall(balance, o.price());
            if (missing.isPositive()) {
                shortfalls.put(o.months(), missing);
            }
        });
        // the shortest duration is preselected, so that the form can be sent as it is
        Integer chosen = selected != null ? selected : options.isEmpty() ? null : options.get(0).months();
        return new RenewView(row, options, chosen, error, balance, rule.renewWindowDays, shortfalls, filters);
    }

    private BatchView batchView(List<Long> ids, boolean each, Integer selected, Map<Long, Integer> perResource,
                                String error, ListFilters filters) {
        long accountId = user.accountId();
        List<CloudResource> selection = resources.findOwnedInOrder(accountId, ids);
        Map<String, ProductRule> rules = catalog.byType();
        List<BatchLine> lines = new ArrayList<>();
        Set<Integer> common = null;
        boolean perResourceAllowed = !selection.isEmpty();
        List<ResourceRow> resourceRows = rows.rows(selection);
        for (ResourceRow row : resourceRows) {
            ProductRule rule = rules.get(row.resource().productType);
            perResourceAllowed &= rule.perResourceDuration;
            List<Integer> allowed = rule.allowedMonthList();
            common = common == null ? new LinkedHashSet<>(allowed) : common;
            common.retainAll(allowed);
            List<DurationOption> options = allowed.stream()
                    .map(m -> new DurationOption(m, row.resource().monthlyPrice.times(m),
                            row.resource().expiresAt == null ? null
                                    : RenewalTerm.extend(row.resource().expiresAt, m, zone)))
                    .toList();
            lines.add(new BatchLine(row, options, perResource.get(row.resource().id)));
        }
        List<DurationOption> commonOptions = common == null ? List.of() : common.stream()
                .map(m -> new DurationOption(m, selection.stream().map(r -> r.monthlyPrice.times(m))
                        .reduce(io.billingconsole.shared.Money.ZERO, io.billingconsole.shared.Money::plus), null))
                .toList();
        BalanceSummary balance = ledger.summary(accountId);
        Map<Integer, Money> shortfalls = new HashMap<>();
        commonOptions.forEach(o -> {
            Money missing = ledger.shortfall(balance, o.price());
            if (missing.isPositive()) {
                shortfalls.put(o.months(), missing);
            }
        });
        return new BatchView(lines, commonOptions, perResourceAllowed, each && perResourceAllowed, selected, error,
                balance, shortfalls, filters);
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
