package io.billingconsole.bank.web;

import io.billingconsole.bank.Bank;

/** A bank as the API shows it: its names and its original-route windows in days (SPEC 8). */
public record BankJson(String code, String nameZh, String nameEn, int personalRouteDays, int enterpriseRouteDays) {

    static BankJson of(Bank bank) {
        return new BankJson(bank.code, bank.nameZh, bank.nameEn, bank.personalRouteDays, bank.enterpriseRouteDays);
    }
}
