package io.billingconsole.payout;

/**
 * Pays approved withdrawals out (SPEC 8). The console ships only {@link SandboxPayoutProvider}; a real
 * provider replaces it with a bean of its own that CDI prefers over the sandbox, without any other change:
 *
 * <pre>
 * &#64;Alternative
 * &#64;Priority(1)
 * &#64;ApplicationScoped
 * public class BankPayoutProvider implements PayoutProvider {
 *     public String submit(PayoutOrder order) {
 *         // send order.payoutKey() as the provider's idempotency key; wrap timeouts and 5xx in
 *         // PayoutUnavailableException so that the job tries again on its next run
 *     }
 *     public PayoutStatus status(String payoutKey) {
 *         // ask the provider; map its failure codes to PayoutFailure
 *     }
 * }
 * </pre>
 *
 * {@link PayoutJob} calls it: {@code submit} for each approved withdrawal not yet handed over, then
 * {@code status} for the ones handed over, until they are paid or failed.
 */
public interface PayoutProvider {

    /**
     * Hands a payout over and answers the provider's reference. Submitting the same {@code payoutKey}
     * again must not pay again: the provider answers the first payout's reference.
     *
     * @throws PayoutUnavailableException when the provider cannot take it now
     */
    String submit(PayoutOrder order);

    /**
     * The payout's state now.
     *
     * @throws PayoutUnavailableException when the provider cannot answer now
     */
    PayoutStatus status(String payoutKey);
}
