package io.billingconsole.withdrawal;

/**
 * Checks the code sent to the account's security phone before a withdrawal is confirmed (SPEC 8).
 * Refuses with a DomainException; a wrong try counts even though the withdrawal is not made.
 */
public interface ConfirmationCodes {

    void consume(long accountId, String code);
}
