package io.billingconsole.admin;

import io.billingconsole.account.Role;
import io.billingconsole.catalog.AfterWindow;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.catalog.ProductRuleService;
import io.billingconsole.catalog.ProductRuleService.RuleEdit;
import io.billingconsole.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The product rules for operators (issue 12): read them, and replace one product's editable fields.
 * {@code version} is the catalog version the caller saw (from a GET); a PUT with an older one is
 * refused with 409 and changes nothing. An edit applies to what happens next (renewals, new
 * resources, sweeps) and leaves orders, resources' own prices and scheduled auto-renew days alone.
 */
@Path("/api/v1/admin/product-rules")
@RolesAllowed(Role.OPERATOR_NAME)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProductRuleApi {

    public record RuleJson(String productType, String family, String nameZh, String nameEn, int renewWindowDays,
                           AfterWindow afterWindow, int autoRenewLeadDays, Integer autoRenewChangeMinDays,
                           int autoRenewBlockedWithinDays, boolean autoRenewForResellerAndApi,
                           List<Integer> allowedMonths, boolean perResourceDuration, Money monthlyPrice,
                           boolean unsubscribable, int paygGraceDays, int paygOverdueReleaseDays, long version) {
        static RuleJson of(ProductRule r, long version) {
            return new RuleJson(r.productType, r.family.name(), r.nameZh, r.nameEn, r.renewWindowDays, r.afterWindow,
                    r.autoRenewLeadDays, r.autoRenewChangeMinDays, r.autoRenewBlockedWithinDays,
                    r.autoRenewForResellerAndApi, r.allowedMonthList(), r.perResourceDuration, r.monthlyPrice,
                    r.unsubscribable, r.paygGraceDays, r.paygOverdueReleaseDays, version);
        }
    }

    @Inject
    ProductRuleService rules;

    @GET
    public List<RuleJson> list() {
        ProductRuleService.Versioned current = rules.rules();
        return current.rules().stream().map(rule -> RuleJson.of(rule, current.version())).toList();
    }

    @GET
    @Path("{productType}")
    public RuleJson get(@PathParam("productType") String productType) {
        ProductRuleService.Versioned current = rules.rules();
        return RuleJson.of(rules.rule(productType), current.version());
    }

    /** Replaces the editable fields; answers the rule as stored, with the new version. */
    @PUT
    @Path("{productType}")
    public RuleJson edit(@PathParam("productType") String productType, RuleEdit body) {
        rules.edit(productType, body);
        return get(productType);
    }
}
