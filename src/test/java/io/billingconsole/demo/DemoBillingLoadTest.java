package io.billingconsole.demo;

import io.billingconsole.support.Api;
import io.billingconsole.support.DatabaseFingerprint;
import io.billingconsole.support.LedgerInvariants;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The issue 11 demo (bills, arrears, a stopped PAYG resource, invoices, an invoice debt) loads at start-up
 * through the real services, with books that agree, and a second load adds nothing.
 */
@QuarkusTest
@TestProfile(DemoDataLoadTest.WithDemoData.class)
class DemoBillingLoadTest {

    private static final String DEMO = "(select account_id from app_user where username = 'demo')";
    private static final String MEMBER = "(select account_id from app_user where username = 'demo-member')";

    @Inject
    EntityManager em;

    @Inject
    LedgerInvariants invariants;

    @Inject
    DatabaseFingerprint fingerprint;

    @Inject
    DemoData demoData;

    @Inject
    DemoMoney demoMoney;

    @Inject
    DemoBilling demoBilling;

    @Test
    void demoHasPaidBillsUnsettledUsageAndAScheduledRelease() {
        assertEquals(2, number("select count(*) from bill where paid_fen = amount_fen and paid_at is not null"
                + " and account_id = " + DEMO));
        assertEquals(List.of("26340", "23840"), strings("select amount_fen::text from bill where account_id = " + DEMO
                + " order by month"), "as the README says");
        assertEquals(0, number("select count(*) from bill where paid_fen < amount_fen and account_id = " + DEMO));
        assertTrue(number("select count(*) from usage_record where bill_id is null and charged_fen > 0 and account_id = "
                + DEMO) > 0, "unsettled usage");
        assertEquals(1, number("select count(*) from cloud_resource where billing_method = 'PAYG'"
                + " and release_at > now() and status = 'RUNNING' and account_id = " + DEMO));
    }

    @Test
    void memberHasArrearsAStoppedPaygResourceAndCashToPayThem() {
        assertEquals(6840, number("select coalesce(sum(amount_fen - paid_fen), 0) from bill where account_id = " + MEMBER),
                "arrears");
        assertEquals(List.of("STOPPED"), strings("select status from cloud_resource where billing_method = 'PAYG'"
                + " and account_id = " + MEMBER));
        assertEquals(0, number("select count(*) from account where auto_repay and id = " + MEMBER));
        assertTrue(number("select cash_balance_fen from account where id = " + MEMBER)
                > number("select sum(amount_fen - paid_fen) from bill where account_id = " + MEMBER),
                "cash enough to pay the arrears by hand");
    }

    @Test
    void demoHasInvoicesInEveryStatusAndAnOpenInvoiceDebt() {
        assertEquals(Set.of("PENDING_REVIEW", "ISSUED", "REJECTED", "CANCELLED", "RETURN_REQUESTED", "RETURNED"),
                Set.copyOf(strings("select distinct status from invoice where account_id = " + DEMO)));
        assertEquals(0, number("select count(*) from invoice where status = 'ISSUED' and pdf is null"));
        assertEquals(Set.of("PERSONAL", "ENTERPRISE"),
                Set.copyOf(strings("select distinct type from invoice_title where account_id = " + DEMO)));
        assertEquals(30000, number("select coalesce(sum(remaining_fen), 0) from invoice_debt where account_id = " + DEMO),
                "open invoice debt: the invoiced renewal of host-promo, refunded in full");
        assertTrue(number("select count(*) from refund where account_id = " + DEMO) == 1, "one unsubscribe refund");
        var account = Api.as("demo", "demo-pass-1").get("/api/v1/account").then().statusCode(200).extract().jsonPath();
        assertEquals("300.00", account.getString("invoiceDebt"), account.prettify());
        assertTrue(new BigDecimal(account.getString("unsettled")).signum() > 0, account.prettify());
        var member = Api.as("demo-member", "demo-member-pass-1").get("/api/v1/account").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(new BigDecimal(member.getString("arrears")).signum() > 0, member.prettify());
    }

    @Test
    void booksAgreeAndASecondLoadAddsNothing() {
        for (String id : strings("select id::text from account")) {
            assertEquals(List.of(), invariants.broken(Long.parseLong(id)), "account " + id);
        }
        String tables = "select concat_ws(' ', (select count(*) from bill), (select count(*) from usage_record),"
                + " (select count(*) from invoice), (select count(*) from invoice_title), (select count(*) from invoice_debt),"
                + " (select count(*) from refund), (select count(*) from recharge), (select count(*) from withdrawal))";
        String before = fingerprint.take() + " / " + strings(tables);
        demoData.load(null);
        demoMoney.load(null);
        demoBilling.load(null);
        assertEquals(before, fingerprint.take() + " / " + strings(tables));
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery(sql).getResultList());
    }

    private long number(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
