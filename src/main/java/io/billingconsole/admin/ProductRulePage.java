package io.billingconsole.admin;

import io.billingconsole.account.Role;
import io.billingconsole.catalog.AfterWindow;
import io.billingconsole.catalog.CatalogError;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.catalog.ProductRuleService;
import io.billingconsole.catalog.ProductRuleService.RuleEdit;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The edit form of one product's rules (operators; the list is on {@code /admin}). A saved edit goes
 * back to the list with a message; a refusal shows the form again, as typed, with the reason.
 */
@Path("/admin/product-rules")
@RolesAllowed(Role.OPERATOR_NAME)
@Produces(MediaType.TEXT_HTML)
public class ProductRulePage {

    /** The form's fields as text (as loaded, or as typed before a refusal). */
    public record RuleForm(String version, String renewWindowDays, String afterWindow, String autoRenewLeadDays,
                           String autoRenewChangeMinDays, String autoRenewBlockedWithinDays,
                           boolean autoRenewForResellerAndApi, String allowedMonths, boolean perResourceDuration,
                           String monthlyPrice, boolean unsubscribable, String paygGraceDays,
                           String paygOverdueReleaseDays) {
        static RuleForm of(ProductRule r, long version) {
            return new RuleForm(String.valueOf(version), String.valueOf(r.renewWindowDays), r.afterWindow.name(),
                    String.valueOf(r.autoRenewLeadDays),
                    r.autoRenewChangeMinDays == null ? "" : String.valueOf(r.autoRenewChangeMinDays),
                    String.valueOf(r.autoRenewBlockedWithinDays), r.autoRenewForResellerAndApi, r.allowedMonths,
                    r.perResourceDuration, r.monthlyPrice.toPlainString(), r.unsubscribable,
                    String.valueOf(r.paygGraceDays), String.valueOf(r.paygOverdueReleaseDays));
        }
    }

    public record RuleView(ProductRule rule, String name, RuleForm form, List<AfterWindow> afterWindows, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(RuleView view);
    }

    @Inject
    ProductRuleService rules;

    @Inject
    PageAction pageAction;

    @Inject
    RequestLocale locale;

    @GET
    @Path("{productType}")
    public TemplateInstance form(@PathParam("productType") String productType) {
        ProductRuleService.Versioned current = rules.rules();
        ProductRule rule = rules.rule(productType);
        return Templates.edit(new RuleView(rule, rule.name(locale.get()), RuleForm.of(rule, current.version()), List.of(AfterWindow.values()),
                null));
    }

    @POST
    @Path("{productType}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("productType") String productType, @FormParam("version") String version,
                         @FormParam("renewWindowDays") String renewWindowDays,
                         @FormParam("afterWindow") String afterWindow,
                         @FormParam("autoRenewLeadDays") String autoRenewLeadDays,
                         @FormParam("autoRenewChangeMinDays") String autoRenewChangeMinDays,
                         @FormParam("autoRenewBlockedWithinDays") String autoRenewBlockedWithinDays,
                         @FormParam("autoRenewForResellerAndApi") String autoRenewForResellerAndApi,
                         @FormParam("allowedMonths") String allowedMonths,
                         @FormParam("perResourceDuration") String perResourceDuration,
                         @FormParam("monthlyPrice") String monthlyPrice,
                         @FormParam("unsubscribable") String unsubscribable,
                         @FormParam("paygGraceDays") String paygGraceDays,
                         @FormParam("paygOverdueReleaseDays") String paygOverdueReleaseDays) {
        ProductRule rule = rules.rule(productType);
        RuleForm typed = new RuleForm(text(version), text(renewWindowDays), text(afterWindow), text(autoRenewLeadDays),
                text(autoRenewChangeMinDays), text(autoRenewBlockedWithinDays), checked(autoRenewForResellerAndApi),
                text(allowedMonths), checked(perResourceDuration), text(monthlyPrice), checked(unsubscribable),
                text(paygGraceDays), text(paygOverdueReleaseDays));
        return pageAction.run(() -> {
            rules.edit(rule.productType, new RuleEdit(number(typed.renewWindowDays(), "renewWindowDays"),
                    afterWindow(typed.afterWindow()), number(typed.autoRenewLeadDays(), "autoRenewLeadDays"),
                    number(typed.autoRenewChangeMinDays(), "autoRenewChangeMinDays"),
                    number(typed.autoRenewBlockedWithinDays(), "autoRenewBlockedWithinDays"),
                    typed.autoRenewForResellerAndApi(), months(typed.allowedMonths()), typed.perResourceDuration(),
                    money(typed.monthlyPrice()), typed.unsubscribable(), number(typed.paygGraceDays(), "paygGraceDays"),
                    number(typed.paygOverdueReleaseDays(), "paygOverdueReleaseDays"), version(typed.version())));
            return "/admin?saved=" + URLEncoder.encode(rule.productType, StandardCharsets.UTF_8) + "#rules";
        }, error -> Templates.edit(new RuleView(rule, rule.name(locale.get()), typed, List.of(AfterWindow.values()), error)));
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    private static boolean checked(String value) {
        return value != null && !value.isEmpty();
    }

    /** Blank: absent (the service says which field is required); anything else must be a whole number. */
    private static Integer number(String value, String field) {
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("-?\\d{1,9}")) {
            throw new DomainException(CommonError.INVALID_INPUT, field);
        }
        return Integer.valueOf(value);
    }

    private static Long version(String value) {
        if (!value.matches("\\d{1,18}")) {
            throw new DomainException(CatalogError.RULE_CHANGED_MEANWHILE);
        }
        return Long.valueOf(value);
    }

    private static AfterWindow afterWindow(String value) {
        for (AfterWindow candidate : AfterWindow.values()) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        throw new DomainException(CatalogError.RULE_FIELD_REQUIRED, "afterWindow");
    }

    private static Money money(String value) {
        return value.isEmpty() ? null : Money.parse(value);
    }

    /** "1, 2,3" → [1, 2, 3]; the service checks range and duplicates. */
    private static List<Integer> months(String value) {
        List<Integer> months = new ArrayList<>();
        if (value.isEmpty()) {
            return months;
        }
        for (String part : value.split("[,，\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,3}")) {
                throw new DomainException(CatalogError.RULE_MONTHS_INVALID, part);
            }
            months.add(Integer.valueOf(part));
        }
        return months;
    }
}
