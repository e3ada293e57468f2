package io.billingconsole.catalog;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The migration seeds the product rules of SPEC section 1. */
@QuarkusTest
class ProductCatalogTest {

    @Inject
    ProductCatalog catalog;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "DOMAIN,          WANWANG, 30, EXPIRED_FOR_GOOD,      15, 20, 0",
            "DOMAIN_HK,       WANWANG, 28, EXPIRED_FOR_GOOD,      15, 20, 0",
            "VIRTUAL_HOST,    WANWANG, 15, RELEASED_DATA_DELETED, 15, 20, 0",
            "SITE_BUILDER,    WANWANG, 30, RELEASED,              15, 20, 0",
            "ENTERPRISE_MAIL, WANWANG, 30, RELEASED,              15, 20, 0",
            "ECS,             CLOUD,   15, RELEASED,               9,   , 1",
            "RDS,             CLOUD,   15, RELEASED,               9,   , 1"
    })
    @Transactional
    void rulesAsTheSpecStatesThem(String type, ProductFamily family, int window, AfterWindow after, int lead,
                                  Integer changeMinDays, int blockedWithin) {
        ProductRule rule = catalog.require(type);
        assertEquals(family, rule.family);
        assertEquals(window, rule.renewWindowDays);
        assertEquals(after, rule.afterWindow);
        assertEquals(lead, rule.autoRenewLeadDays);
        assertEquals(changeMinDays, rule.autoRenewChangeMinDays);
        assertEquals(blockedWithin, rule.autoRenewBlockedWithinDays);
        assertEquals(family == ProductFamily.CLOUD, rule.autoRenewForResellerAndApi);
        rule.allowedMonthList().forEach(m -> assertEquals(true, (m >= 1 && m <= 9) || (m % 12 == 0 && m <= 60),
                "months 1-9 or years 1-5: " + m));
    }
}
