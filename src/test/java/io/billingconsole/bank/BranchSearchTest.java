package io.billingconsole.bank;

import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fuzzy branch search (SPEC 8) on the seeded branches of V14, and the seed itself. */
@QuarkusTest
class BranchSearchTest {

    private static final String ICBC_XIHU = "中国工商银行杭州西湖支行";

    @Inject
    BranchSearch search;

    @Inject
    BankDirectory banks;

    @Inject
    EntityManager em;

    @Test
    void findsByAPartOfTheName() {
        List<BranchMatch> found = search.search("西湖", 20);
        assertTrue(names(found).contains(ICBC_XIHU), names(found).toString());
        assertTrue(found.stream().allMatch(m -> m.name().contains("西湖")), names(found).toString());
        BranchMatch icbc = found.stream().filter(m -> m.name().equals(ICBC_XIHU)).findFirst().orElseThrow();
        assertEquals("ICBC", icbc.bankCode());
        assertEquals("浙江", icbc.province());
        assertEquals("杭州", icbc.city());
        assertEquals("中国工商银行", icbc.bankName("zh"));
        assertEquals("Industrial and Commercial Bank of China", icbc.bankName("en"));
    }

    @Test
    void findsByCityAndBankWordsInAnyOrder() {
        for (String query : List.of("杭州 工商", "工商 杭州", "  杭州   工商银行 ")) {
            List<BranchMatch> found = search.search(query, 20);
            assertTrue(names(found).contains(ICBC_XIHU), query + ": " + names(found));
            assertTrue(found.stream().allMatch(m -> m.city().equals("杭州") && m.bankCode().equals("ICBC")),
                    query + ": " + names(found));
        }
        // the city is a column, not only a part of the name: 南京银行's Nanjing branches omit the city
        List<BranchMatch> gulou = search.search("南京 鼓楼", 20);
        assertTrue(names(gulou).contains("南京银行鼓楼支行"), names(gulou).toString());
        assertTrue(gulou.stream().allMatch(m -> m.city().equals("南京") && m.name().contains("鼓楼")),
                "not 福州's 鼓楼: " + names(gulou));
    }

    @Test
    void wordsRunTogetherOrMisspeltStillFindTheBranchFirst() {
        assertEquals(ICBC_XIHU, search.search("工商银行西湖", 20).get(0).name());
        assertEquals(ICBC_XIHU, search.search("工商银行杭州西糊", 20).get(0).name(), "one wrong character");
        assertEquals(ICBC_XIHU, search.search("杭州西湖工商", 20).get(0).name());
        assertEquals("招商银行深圳南山支行", search.search("招商 南山", 20).get(0).name());
        assertEquals("江苏银行南京新街口支行", search.search("江苏银行新街口", 20).get(0).name());
    }

    @Test
    void findsByEnglishNamesToo() {
        List<BranchMatch> found = search.search("Hangzhou ICBC Xihu", 20);
        assertEquals(ICBC_XIHU, found.get(0).name(), names(found).toString());
        assertEquals(ICBC_XIHU, search.search("icbc hangzou xihu", 20).get(0).name(), "a typo in the city");
    }

    @Test
    void answersAtMostTheLimitAndNeverMoreThanTwenty() {
        assertEquals(5, search.search("银行", 5).size());
        assertEquals(20, search.search("银行", 100).size());
        assertEquals(1, search.search("杭州 工商", 1).size());
        assertEquals(List.of(), search.search("银行", 0));
    }

    @Test
    void tooShortFindsNothing() {
        assertEquals(List.of(), search.search("西", 20));
        assertEquals(List.of(), search.search("  湖  ", 20));
        assertEquals(List.of(), search.search("", 20));
        assertEquals(List.of(), search.search(null, 20));
        assertEquals(List.of(), search.search("不存在的支行名称", 20));
    }

    @Test
    void tooLongOrControlCharactersAreRefused() {
        String fifty = "杭".repeat(50);
        assertEquals(List.of(), search.search(fifty, 20));
        DomainException tooLong = assertThrows(DomainException.class, () -> search.search(fifty + "州", 20));
        assertEquals(BankError.BRANCH_QUERY_TOO_LONG, tooLong.code());
        assertEquals(List.of("50"), tooLong.args());
        DomainException nul = assertThrows(DomainException.class, () -> search.search("西湖\u0000", 20));
        assertEquals(CommonError.TEXT_INVALID, nul.code());
        // "%" and "_" are plain characters, not patterns
        assertEquals(List.of(), search.search("%%", 20));
        assertEquals(List.of(), search.search("__", 20));
    }

    @Test
    void findsAChosenBranchByIdAndByExactName() {
        BankBranch byName = search.findByExactName("  " + ICBC_XIHU + " ").orElseThrow();
        assertEquals("ICBC", byName.bank.code);
        assertEquals("中国工商银行", byName.bankName("zh"));
        assertEquals(ICBC_XIHU, search.find(byName.id).orElseThrow().name);
        assertTrue(search.findByExactName("工商银行西湖").isEmpty(), "only the exact name");
        assertTrue(search.findByExactName("").isEmpty());
        assertTrue(search.findByExactName(null).isEmpty());
        assertTrue(search.find(Long.MAX_VALUE).isEmpty());
    }

    @Test
    @Transactional
    void theSeedHasEnoughBranchesForEveryBankWhereTheyBelong() {
        long count = ((Number) em.createNativeQuery("select count(*) from bank_branch").getSingleResult()).longValue();
        assertTrue(count >= 300 && count <= 400, "branches: " + count);
        Map<String, Long> perBank = rows("select bank_code, count(*) from bank_branch group by bank_code");
        for (Bank bank : banks.all()) {
            assertTrue(perBank.getOrDefault(bank.code, 0L) >= 5, bank.code + " has " + perBank.get(bank.code));
        }
        assertEquals(18, perBank.size());
        assertEquals(count, ((Number) em.createNativeQuery(
                "select count(distinct cnaps) from bank_branch where cnaps ~ '^[0-9]{12}$'").getSingleResult()).longValue(),
                "every cnaps has 12 digits and is unique");
        assertEquals(Map.of("江苏", perBank.get("JSB")), rows("select province, count(*) from bank_branch where bank_code = 'JSB' group by province"));
        assertEquals(Map.of("江苏", perBank.get("NJCB")), rows("select province, count(*) from bank_branch where bank_code = 'NJCB' group by province"));
        assertEquals(Map.of("浙江", perBank.get("HZCB")), rows("select province, count(*) from bank_branch where bank_code = 'HZCB' group by province"));
        assertEquals(Map.of("广州", perBank.get("GRCB")), rows("select city, count(*) from bank_branch where bank_code = 'GRCB' group by city"));
        long cities = ((Number) em.createNativeQuery("select count(distinct city) from bank_branch").getSingleResult()).longValue();
        long provinces = ((Number) em.createNativeQuery("select count(distinct province) from bank_branch").getSingleResult()).longValue();
        assertTrue(cities >= 25 && provinces >= 15, cities + " cities, " + provinces + " provinces");
        // every name says its bank and ends as a sub-branch
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from bank_branch br join bank b on b.code = br.bank_code"
                + " where br.name not like b.name_zh || '%支行'").getSingleResult()).longValue());
    }

    private Map<String, Long> rows(String sql) {
        List<?> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
    }

    private static List<String> names(List<BranchMatch> matches) {
        return matches.stream().map(BranchMatch::name).toList();
    }
}
