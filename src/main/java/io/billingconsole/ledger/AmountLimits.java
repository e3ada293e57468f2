package io.billingconsole.ledger;

import io.billingconsole.shared.BillingConfig;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The configured upper bounds ({@code billing.limits.*}) of every amount that enters the console. */
@ApplicationScoped
public class AmountLimits {

    @Inject
    BillingConfig config;

    public Money topUpMax() {
        return Money.parse(config.limits().topUpMax());
    }

    public Money creditLineMax() {
        return Money.parse(config.limits().creditLineMax());
    }

    public Money voucherMax() {
        return Money.parse(config.limits().voucherMax());
    }

    public Money monthlyPriceMax() {
        return Money.parse(config.limits().monthlyPriceMax());
    }

    public void requireTopUp(Money amount) {
        require(amount, topUpMax());
    }

    public void requireCreditLine(Money amount) {
        require(amount, creditLineMax());
    }

    public void requireVoucher(Money amount) {
        require(amount, voucherMax());
    }

    public void requireMonthlyPrice(Money amount) {
        require(amount, monthlyPriceMax());
    }

    private static void require(Money amount, Money max) {
        if (max.isLessThan(amount)) {
            throw new DomainException(LedgerError.AMOUNT_ABOVE_LIMIT, amount.toPlainString(), max.toPlainString());
        }
    }
}
