package io.billingconsole.resource.web;

import io.billingconsole.refund.RefundCalculator;
import io.billingconsole.refund.RefundService;
import io.billingconsole.resource.BillingMethod;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceService;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.Translator;
import io.billingconsole.web.RequestLocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * How a resource can end, for its detail page: a subscription's 退订 button (or why the product refuses
 * it), a pay-as-you-go resource's scheduled release with the forms to set or clear it and "release now",
 * a released resource's time and reason, and the flash after one of these actions.
 */
@ApplicationScoped
public class ResourceEndViews {

    /** The {@code done} keys of the end actions on the detail page. */
    public static final Set<String> DONE = Set.of("unsubscribed", "released", "release_scheduled", "release_cleared");

    /**
     * {@code unsubscribeRefusal}: why a subscription cannot be unsubscribed (null when it can);
     * {@code releaseRefusal} likewise for a PAYG resource; {@code refund}: the refund of an
     * unsubscribed resource, for the flash; {@code done}: one of {@link #DONE} or null.
     */
    public record EndView(CloudResource resource, boolean payg, boolean released, String unsubscribeRefusal,
                          String releaseRefusal, RefundCalculator.Plan refund, String done) {
    }

    @Inject
    RefundService refunds;

    @Inject
    ResourceService resources;

    @Inject
    Translator translator;

    @Inject
    RequestLocale locale;

    public EndView of(long accountId, long resourceId, String done) {
        CloudResource resource = resources.find(accountId, resourceId);
        boolean payg = resource.billingMethod == BillingMethod.PAYG;
        boolean released = resource.status == ResourceStatus.RELEASED;
        String unsubscribeRefusal = payg || released ? null : refunds.refusal(resource)
                .map(refusal -> translator.message(refusal, locale.get())).orElse(null);
        String releaseRefusal = !payg || released ? null : resource.releaseRefusal()
                .map(refusal -> translator.message(refusal, locale.get())).orElse(null);
        String flash = done != null && DONE.contains(done) ? done : null;
        RefundCalculator.Plan refund = "unsubscribed".equals(flash)
                ? refunds.refundOf(accountId, resourceId).map(RefundService.Outcome::plan).orElse(null) : null;
        return new EndView(resource, payg, released, unsubscribeRefusal, releaseRefusal, refund, flash);
    }
}
