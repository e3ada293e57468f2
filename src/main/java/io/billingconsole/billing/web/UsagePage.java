package io.billingconsole.billing.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.billing.UsageRecord;
import io.billingconsole.billing.UsageService;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.web.RequestLocale;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 用量明细 (SPEC 12): unsettled usage per PAYG resource (charged and dropped, with the reason) and the records. */
@Path("/usage")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.TEXT_HTML)
public class UsagePage {

    private static final int PAGE_SIZE = 50;

    /** A record with its resource's name. */
    public record RecordRow(UsageRecord record, String resourceName) {
    }

    /** A PAYG resource's unsettled usage with its product's name in the viewer's language. */
    public record ResourceRow(UsageService.ResourceUsage usage, String productName) {
    }

    public record UsageView(Money unsettled, List<ResourceRow> resources, PageOf<RecordRow> records,
                            Long resourceId, String base) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance usage(UsageView view);
    }

    @Inject
    CurrentUser user;

    @Inject
    UsageService usage;

    @Inject
    ProductCatalog catalog;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance usage(@QueryParam("resourceId") String resourceId, @QueryParam("page") String page) {
        long accountId = user.accountId();
        Long resource = resourceId == null || resourceId.isBlank() ? null
                : Params.id(resourceId, ResourceError.RESOURCE_NOT_FOUND);
        List<UsageService.ResourceUsage> resources = usage.unsettled(accountId);
        PageOf<UsageRecord> found = usage.records(accountId, resource, PageOf.page(Params.optionalInt(page)), PAGE_SIZE);
        Map<Long, String> names = usage.names(accountId,
                found.items().stream().map(r -> r.resourceId).collect(Collectors.toSet()));
        List<RecordRow> rows = found.items().stream()
                .map(r -> new RecordRow(r, names.getOrDefault(r.resourceId, "#" + r.resourceId))).toList();
        Money unsettled = resources.stream().map(UsageService.ResourceUsage::charged).reduce(Money.ZERO, Money::plus);
        Map<String, ProductRule> rules = catalog.byType();
        List<ResourceRow> resourceRows = resources.stream()
                .map(r -> new ResourceRow(r, rules.get(r.productType()).name(locale.get()))).toList();
        return Templates.usage(new UsageView(unsettled, resourceRows,
                new PageOf<>(rows, found.page(), found.size(), found.total()), resource,
                Params.query("resourceId", resource == null ? null : resource.toString())));
    }
}
