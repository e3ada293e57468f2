package io.billingconsole.bank.web;

import io.billingconsole.bank.BranchMatch;

/** A bank branch as the API and the branch picker show it; the bank's name in the request's language. */
public record BranchJson(long id, String name, String bankCode, String bankName, String province, String city) {

    static BranchJson of(BranchMatch match, String language) {
        return new BranchJson(match.id(), match.name(), match.bankCode(), match.bankName(language), match.province(),
                match.city());
    }
}
