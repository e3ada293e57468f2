package io.billingconsole.withdrawal;

/** Why a payout failed, as the payout provider reports it (shown in words). */
public enum PayoutFailure {
    ACCOUNT_INFO_WRONG, BANK_INFO_WRONG, ACCOUNT_ABNORMAL, NAME_MISMATCH, ORIGINAL_ROUTE_EXPIRED
}
