package io.billingconsole.bank;

/**
 * A branch found by {@link BranchSearch#search}, with its bank's names so that a page or the API
 * can show it in either language without another read.
 */
public record BranchMatch(long id, String name, String nameEn, String bankCode, String bankNameZh,
                          String bankNameEn, String province, String city) {

    /** The branch's bank in a language ("en" or anything else for Chinese). */
    public String bankName(String language) {
        return "en".equals(language) ? bankNameEn : bankNameZh;
    }
}
