package io.billingconsole.account;

import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
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

/**
 * A billing account: owns resources, orders and the balance. The cash balance may go below zero
 * down to the credit line; it only changes together with a ledger entry (see LedgerService).
 */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    public String phone;

    public String language;

    @Enumerated(EnumType.STRING)
    public AccountStatus status;

    @Column(name = "real_name_verified")
    public boolean realNameVerified;

    /** The verified real name (实名); a designated payee's name must equal it. */
    @Column(name = "real_name")
    public String realName;

    @Column(name = "master_account_id")
    public Long masterAccountId;

    @Column(name = "cash_balance_fen")
    public Money cashBalance;

    @Column(name = "credit_line_fen")
    public Money creditLine;

    /** The part of the cash balance transferred in from the master account (SPEC 11). */
    @Column(name = "transferred_in_fen")
    public Money transferredIn = Money.ZERO;

    /** A new bill and money arriving pay arrears at once (SPEC 12); on by default. */
    @Column(name = "auto_repay")
    public boolean autoRepay = true;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    /** What can still be spent from cash and credit together. */
    public Money spendable() {
        return cashBalance.plus(creditLine);
    }

    /** Part of a payment covered by positive cash; the rest of it comes from the credit line. */
    public Money cashPartOf(Money amount) {
        return Money.min(amount, Money.max(Money.ZERO, cashBalance));
    }

    public void debit(Money amount) {
        if (spendable().isLessThan(amount)) {
            throw new DomainException(AccountError.INSUFFICIENT_BALANCE, amount.minus(spendable()).toPlainString());
        }
        cashBalance = cashBalance.minus(amount);
    }

    public void credit(Money amount) {
        cashBalance = cashBalance.plus(amount);
    }

    /** The cash that is the account's own: the cash balance without transferred-in funds (negative on credit). */
    public Money ownCash() {
        return cashBalance.minus(transferredIn);
    }
}
