package io.billingconsole.ledger;

import io.billingconsole.account.Account;

/**
 * Money reached an account's cash balance: a paid recharge, a transfer-in, a refund (SPEC 12). Fired
 * synchronously by {@link LedgerService} in the transaction that moved the money, with the account's
 * row lock held, so an observer (auto-repay of arrears) pays from the same locked account and commits
 * or rolls back with the move.
 */
public record CashArrived(Account lockedAccount) {
}
