package io.billingconsole.withdrawal;

/**
 * Fired (synchronously, inside the transaction) when a withdrawal is created or changes status, so
 * that mails and notices are written with the change or not at all.
 */
public record WithdrawalChanged(long withdrawalId, long accountId, WithdrawalStatus status) {
}
