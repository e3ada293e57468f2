package io.billingconsole.recharge;

import io.billingconsole.account.Role;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recharge pages, the sandbox gateway's page and finance's remittance page, over HTTP. */
@QuarkusTest
class RechargePageTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Test
    void theFormOffersTheChannelsAndTheOfflineAccount() {
        Customer customer = fixtures.customer("0");
        ConsoleSession session = ConsoleSession.loggedIn(customer.username(), customer.password());
        String zh = session.get("/recharges/new").then().statusCode(200).extract().asString();
        for (String text : new String[]{"账户充值", "支付宝", "微信支付", "网银", "线下汇款", "中国工商银行", "个人网银",
                "企业网银", "0200 0000 0000 0000 000", "云账单科技有限公司", "账号 ID " + customer.accountId()}) {
            assertTrue(zh.contains(text), text);
        }
        session.post("/language", Map.of("lang", "en"));
        String en = session.get("/recharges/new").then().statusCode(200).extract().asString();
        for (String text : new String[]{"Top up your account", "Alipay", "WeChat Pay", "Online banking",
                "Offline remittance", "Industrial and Commercial Bank of China", "Account holder"}) {
            assertTrue(en.contains(text), text);
        }
    }

    @Test
    void anOnlineRechargeGoesToTheGatewayAndAnOfflineOneToTheInstructions() {
        Customer customer = fixtures.customer("0");
        ConsoleSession session = ConsoleSession.loggedIn(customer.username(), customer.password());

        Response offline = session.post("/recharges", Map.of("amount", "10", "channel", "BANK_TRANSFER"));
        assertEquals(303, offline.statusCode());
        assertTrue(offline.header("Location").endsWith("/recharges/new?channel=BANK_TRANSFER#offline"));

        Response refused = session.post("/recharges", Map.of("amount", "ab", "channel", "ALIPAY"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("value=\"ab\""), "the typed amount is kept");
        Response noBank = session.post("/recharges", Map.of("amount", "10", "channel", "ONLINE_BANKING",
                "accountType", "PERSONAL"));
        assertEquals(400, noBank.statusCode());
        assertTrue(noBank.asString().contains("网银充值请选择银行"), noBank.asString());

        Response online = session.post("/recharges", Map.of("amount", "10", "channel", "ONLINE_BANKING", "bank", "CMB",
                "accountType", "ENTERPRISE"));
        assertEquals(303, online.statusCode());
        String payUrl = online.header("Location");
        assertTrue(payUrl.contains("/sandbox-gateway/pay?"), payUrl);
        // the browser sends the address as it is; RestAssured would encode its escapes again
        String path = payUrl.substring(payUrl.indexOf("/sandbox-gateway"));
        String gateway = RestAssured.given().urlEncodingEnabled(false).get(path).then().statusCode(200)
                .extract().asString();
        assertTrue(gateway.contains("沙箱支付网关") && gateway.contains("招商银行") && gateway.contains("企业网银"), gateway);
        assertTrue(path.contains("amount=10.00"), path);
        RestAssured.given().urlEncodingEnabled(false).get(path.replace("amount=10.00", "amount=0.01"))
                .then().statusCode(400);
        assertEquals(Money.ZERO, books.cashBalance(customer.accountId()));

        String list = session.get("/recharges").then().statusCode(200).extract().asString();
        assertTrue(list.contains("待支付") && list.contains("招商银行"), list);
    }

    @Test
    void anotherAccountsRechargeIsNotFound() {
        Customer owner = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        Number id = Api.as(owner).body(Map.of("amount", "10.00", "channel", "ALIPAY")).post("/api/v1/recharges")
                .then().statusCode(201).extract().path("id");
        ConsoleSession session = ConsoleSession.loggedIn(other.username(), other.password());
        assertEquals(404, session.get("/recharges/" + id).statusCode());
        assertEquals(404, session.get("/recharges/x").statusCode());
        ConsoleSession mine = ConsoleSession.loggedIn(owner.username(), owner.password());
        String page = mine.get("/recharges/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("待支付") && page.contains("¥10.00"), page);
    }

    @Test
    void financeRecordsAnOfflineRemittance() {
        String finance = fixtures.staff(Role.FINANCE);
        Customer customer = fixtures.customer("1");
        ConsoleSession session = ConsoleSession.loggedIn(finance, Fixtures.PASSWORD);
        assertTrue(session.get("/admin").asString().contains("/finance/remittances"));
        session.get("/finance/remittances").then().statusCode(200);

        Map<String, String> form = new HashMap<>(Map.of("account", String.valueOf(customer.accountId()),
                "amount", "1234.50", "bank", "BOC", "payerAccount", "6216610100001234567", "payerName", "Li Si",
                "remittedOn", "2026-11-28", "note", "contract A-17"));
        Response done = session.post("/finance/remittances", form);
        assertEquals(303, done.statusCode(), done.asString());
        assertTrue(done.header("Location").contains("/finance/remittances?done="), done.header("Location"));
        String list = session.get(done.header("Location").substring(done.header("Location").indexOf("/finance"))).asString();
        assertTrue(list.contains("¥1,234.50") && list.contains("中国银行") && list.contains("****4567")
                && list.contains("Li Si") && list.contains("2026-11-28") && list.contains("contract A-17"), list);
        assertEquals(Money.parse("1235.50"), books.cashBalance(customer.accountId()));
        assertEquals(books.cashBalance(customer.accountId()), books.ledgerCashSum(customer.accountId()));
        Api.as(customer).get("/api/v1/recharges").then().statusCode(200)
                .body("items[0].channel", org.hamcrest.Matchers.equalTo("BANK_TRANSFER"))
                .body("items[0].bank", org.hamcrest.Matchers.equalTo("BOC"));

        form.put("account", "abc");
        Response badAccount = session.post("/finance/remittances", form);
        assertEquals(400, badAccount.statusCode());
        assertTrue(badAccount.asString().contains("找不到账号 ID abc"), badAccount.asString());
        form.put("account", "987654321");
        assertEquals(400, session.post("/finance/remittances", form).statusCode());
        form.put("account", String.valueOf(customer.accountId()));
        form.put("bank", "");
        Response noBank = session.post("/finance/remittances", form);
        assertEquals(400, noBank.statusCode());
        assertTrue(noBank.asString().contains("value=\"1234.50\""), "the typed amount is kept");
        form.put("bank", "BOC");
        form.put("amount", "-1");
        assertEquals(400, session.post("/finance/remittances", form).statusCode());
        assertEquals(Money.parse("1235.50"), books.cashBalance(customer.accountId()));

        ConsoleSession customerSession = ConsoleSession.loggedIn(customer.username(), customer.password());
        assertEquals(403, customerSession.get("/finance/remittances").statusCode());
    }
}
