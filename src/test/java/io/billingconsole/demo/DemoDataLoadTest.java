package io.billingconsole.demo;

import io.billingconsole.support.Books;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo data loads at start-up (its own fresh database) through the real services: recharges of
 * every channel, a master with a member and a transfer, withdrawals in every status, and books that
 * balance for every account.
 */
@QuarkusTest
@TestProfile(DemoDataLoadTest.WithDemoData.class)
class DemoDataLoadTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("billing.demo-data", "true");
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Books books;

    @Test
    void demoMoneyCoversEveryChannelStatusAndTheEnterprise() {
        assertEquals(Set.of("ALIPAY", "WECHAT_PAY", "ONLINE_BANKING", "BANK_TRANSFER"),
                Set.copyOf(strings("select distinct channel from recharge")));
        assertEquals(Set.of("UNDER_REVIEW", "REJECTED", "APPROVED_AWAITING_PAYOUT", "SUCCEEDED", "FAILED"),
                Set.copyOf(strings("select distinct w.status from withdrawal w join app_user u on u.account_id = w.account_id"
                        + " where u.username = 'demo'")));
        assertEquals(List.of("demo"), strings("select m.username from app_user m join account a on a.id = m.account_id"
                + " join account member on member.master_account_id = a.id join app_user u on u.account_id = member.id"
                + " where u.username = 'demo-member'"));
        assertEquals(1, strings("select id::text from transfer").size());
        for (String id : strings("select id::text from account")) {
            long accountId = Long.parseLong(id);
            long cash = number("select cash_balance_fen from account where id = " + accountId);
            assertEquals(cash, books.ledgerCashSum(accountId).fen(), "books of account " + accountId);
            assertTrue(number("select coalesce(sum(withdrawable_fen), 0) from recharge where account_id = " + accountId)
                    <= Math.max(0, cash - number("select transferred_in_fen from account where id = " + accountId)),
                    "recharge remainders within own cash, account " + accountId);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery(sql).getResultList());
    }

    private long number(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
