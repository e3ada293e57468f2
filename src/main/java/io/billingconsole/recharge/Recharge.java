package io.billingconsole.recharge;

import io.billingconsole.bank.BankAccountType;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.RandomTokens;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recharge order (充值订单). Its withdrawable remainder is read-only here: only the ledger changes
 * it (consumption, transfers, withdrawals), under the account's lock.
 */
@Entity
@Table(name = "recharge")
public class Recharge extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    @Enumerated(EnumType.STRING)
    public RechargeChannel channel;

    /** The bank code (online banking, or the remitting bank of an offline remittance). */
    public String bank;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type")
    public BankAccountType accountType;

    @Column(name = "amount_fen")
    public Money amount;

    @Enumerated(EnumType.STRING)
    public RechargeStatus status;

    @Column(name = "gateway_ref")
    public String gatewayRef;

    @Column(name = "payer_account")
    public String payerAccount;

    @Column(name = "payer_name")
    public String payerName;

    @Column(name = "remitted_on")
    public LocalDate remittedOn;

    public String note;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "withdrawable_fen", insertable = false, updatable = false)
    public Money withdrawable;

    /** Last business date on which the money can go back the original route. */
    @Column(name = "route_until")
    public LocalDate routeUntil;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    /** Whether the original route still takes money back on business date {@code today} (day N of N yes, N+1 no). */
    public boolean originalRouteAvailable(LocalDate today) {
        return status == RechargeStatus.PAID && routeUntil != null && !today.isAfter(routeUntil);
    }

    /** The payer's account as shown: all but the last four characters hidden. */
    public String maskedPayerAccount() {
        return RandomTokens.maskAccount(payerAccount);
    }

}
