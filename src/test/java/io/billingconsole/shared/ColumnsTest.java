package io.billingconsole.shared;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The length checks at the edge ({@link Columns}) agree with the schema that Flyway built. */
@QuarkusTest
class ColumnsTest {

    @Inject
    EntityManager em;

    @Test
    @Transactional
    void everyConstantIsTheLengthOfItsColumn() {
        Map<String, Integer> expected = new TreeMap<>(Map.of(
                "account.display_name", Columns.ACCOUNT_DISPLAY_NAME,
                "account.email", Columns.ACCOUNT_EMAIL,
                "account.phone", Columns.ACCOUNT_PHONE,
                "app_user.username", Columns.USERNAME,
                "cloud_resource.name", Columns.RESOURCE_NAME,
                "cloud_resource.region", Columns.RESOURCE_REGION,
                "cloud_resource.product_type", Columns.PRODUCT_TYPE,
                "product_rule.product_type", Columns.PRODUCT_TYPE,
                "voucher.name", Columns.VOUCHER_NAME,
                "ledger_entry.note", Columns.LEDGER_NOTE));
        Map<String, Integer> actual = new TreeMap<>();
        expected.keySet().forEach(column -> {
            String[] parts = column.split("\\.");
            Number length = (Number) em.createNativeQuery("select character_maximum_length from information_schema.columns"
                            + " where table_schema = current_schema() and table_name = ?1 and column_name = ?2")
                    .setParameter(1, parts[0]).setParameter(2, parts[1]).getSingleResult();
            actual.put(column, length.intValue());
        });
        assertEquals(expected, actual);
        assertEquals(120, Columns.RESOURCE_NAME, "the column length as V1 wrote it, a literal");
        assertEquals(200, Columns.ACCOUNT_EMAIL);
        assertEquals(30, Columns.ACCOUNT_PHONE);
        assertEquals(100, Columns.VOUCHER_NAME);
    }

    @Test
    void textRuleRefusesControlCharactersBrokenSurrogatesAndOverlongText() {
        assertEquals(true, Params.isStorableText("云服务器 ECS 😀", 12));
        assertEquals(false, Params.isStorableText("a\u0000b", 10));
        assertEquals(false, Params.isStorableText("line\nbreak", 20));
        assertEquals(false, Params.isStorableText("del\u007f", 20));
        assertEquals(false, Params.isStorableText("c1\u0085", 20));
        assertEquals(false, Params.isStorableText("half\ud83d", 20));
        assertEquals(false, Params.isStorableText("\ude00half", 20));
        assertEquals(true, Params.isStorableText("x".repeat(30), 30));
        assertEquals(false, Params.isStorableText("x".repeat(31), 30));
    }
}
