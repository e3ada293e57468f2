package io.billingconsole.catalog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The catalog reads the rule table once, and again only after a change (by any writer) or an invalidation. */
@QuarkusTest
class ProductCatalogCacheTest {

    @Inject
    ProductCatalog catalog;

    @Inject
    EntityManager em;

    @Test
    void repeatedReadsDoNotReadTheRuleTable() {
        ProductRule ecs = catalog.require("ECS");
        long loads = catalog.loads();
        for (int i = 0; i < 5; i++) {
            assertSame(ecs, catalog.require("ECS"));
            assertSame(ecs, catalog.byType().get("ECS"));
            assertEquals(7, catalog.all().size());
            QuarkusTransaction.requiringNew().run(() -> assertSame(ecs, catalog.require("ECS")));
        }
        assertEquals(loads, catalog.loads());
        assertThrows(UnsupportedOperationException.class, () -> catalog.all().clear());
        assertThrows(UnsupportedOperationException.class, () -> catalog.byType().remove("ECS"));
    }

    @Test
    void aChangeWrittenThroughSqlIsSeenOnTheNextUse() {
        String before = catalog.require("RDS").nameEn;
        long loads = catalog.loads();
        try {
            sql("update product_rule set name_en = 'RDS (edited elsewhere)' where product_type = 'RDS'");
            assertEquals("RDS (edited elsewhere)", catalog.require("RDS").nameEn);
            assertEquals(loads + 1, catalog.loads());
            assertEquals("RDS (edited elsewhere)", catalog.byType().get("RDS").nameEn);
            assertEquals(loads + 1, catalog.loads(), "read once after the change, then cached again");
        } finally {
            sql("update product_rule set name_en = '" + before + "' where product_type = 'RDS'");
        }
        assertEquals(before, catalog.require("RDS").nameEn);
    }

    @Test
    void noStaleRuleAfterInvalidate() {
        ProductRule before = catalog.require("DOMAIN_HK");
        int window = before.renewWindowDays;
        try {
            // a writer the counter misses: the rule changes, the counter is put back
            sql("update product_rule set renew_window_days = 27 where product_type = 'DOMAIN_HK';"
                    + " update product_catalog_version set version = version - 1 where id = 1");
            assertSame(before, catalog.require("DOMAIN_HK"), "the counter did not move: the copy is kept");
            catalog.invalidate();
            ProductRule after = catalog.require("DOMAIN_HK");
            assertNotSame(before, after);
            assertEquals(27, after.renewWindowDays);
            assertEquals(window, before.renewWindowDays, "a handed-out rule never changes");
        } finally {
            sql("update product_rule set renew_window_days = " + window + " where product_type = 'DOMAIN_HK'");
        }
        assertEquals(window, catalog.require("DOMAIN_HK").renewWindowDays);
    }

    @Test
    void theVersionIsCheckedOncePerTransactionAndAChangeIsSeenByTheNextOne() {
        String before = catalog.require("ECS").nameEn;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                long checks = catalog.versionChecks();
                catalog.require("ECS");
                catalog.byType();
                catalog.all();
                assertEquals(checks + 1, catalog.versionChecks(), "one version check for the whole transaction");
            });
            long checks = catalog.versionChecks();
            catalog.require("ECS");
            catalog.require("ECS");
            assertEquals(checks + 2, catalog.versionChecks(), "outside a transaction every use checks");
            sql("update product_rule set name_en = 'ECS (edited elsewhere)' where product_type = 'ECS'");
            QuarkusTransaction.requiringNew().run(() ->
                    assertEquals("ECS (edited elsewhere)", catalog.require("ECS").nameEn, "the next transaction sees it"));
        } finally {
            sql("update product_rule set name_en = '" + before + "' where product_type = 'ECS'");
        }
        assertEquals(before, catalog.require("ECS").nameEn);
    }

    private void sql(String statements) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String statement : statements.split(";")) {
                em.createNativeQuery(statement).executeUpdate();
            }
        });
    }
}
