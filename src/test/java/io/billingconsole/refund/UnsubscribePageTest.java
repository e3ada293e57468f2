package io.billingconsole.refund;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 退订 confirmation page: a double click refunds once; refusals and "nothing to refund" say so. */
@QuarkusTest
class UnsubscribePageTest {

    private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f]+)\"");

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Test
    void aDoubleClickUnsubscribesAndRefundsOnce() {
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        long order = Api.as(me).body(Map.of("resourceIds", new long[]{ecs.id}, "months", 1))
                .post("/api/v1/renewals").then().statusCode(201).extract().<Integer>path("id").longValue();
        Api.as(me).post("/api/v1/orders/" + order + "/pay").then().statusCode(200);
        ConsoleSession session = ConsoleSession.loggedIn(me.username(), Fixtures.PASSWORD);

        String form = session.get("/renewals/" + ecs.id + "/unsubscribe").then().statusCode(200).extract().asString();
        assertTrue(form.contains("退款合计 ¥99.00：现金 ¥99.00，信用额度 ¥0.00；代金券 ¥0.00 不退"), form);
        Matcher key = KEY.matcher(form);
        assertTrue(key.find());

        Response first = session.post("/renewals/" + ecs.id + "/unsubscribe", Map.of("idempotencyKey", key.group(1)));
        Response second = session.post("/renewals/" + ecs.id + "/unsubscribe", Map.of("idempotencyKey", key.group(1)));
        assertEquals(303, first.statusCode());
        assertEquals(303, second.statusCode());
        assertEquals("/renewals/" + ecs.id + "?done=unsubscribed", second.header("Location"));
        assertEquals(Money.parse("1000.00"), books.cashBalance(me.accountId()), "refunded once");
        assertEquals(1, books.count("select count(*) from ledger_entry where entry_type = 'REFUND' and account_id = "
                + me.accountId()));

        String detail = session.get("/renewals/" + ecs.id + "?done=unsubscribed").asString();
        assertTrue(detail.contains("已退订，资源已释放。退款合计 ¥99.00"), detail);
        String again = session.get("/renewals/" + ecs.id + "/unsubscribe").asString();
        assertTrue(again.contains("已释放"));
        assertFalse(again.contains("name=\"idempotencyKey\""), "no form for a released resource");
    }

    @Test
    void aDomainShowsTheReasonInsteadOfTheButtonInEitherLanguage() {
        Customer me = fixtures.customer("0");
        CloudResource domain = fixtures.resource(me, "DOMAIN", 60);
        ConsoleSession session = ConsoleSession.loggedIn(me.username(), Fixtures.PASSWORD);

        String detail = session.get("/renewals/" + domain.id).asString();
        assertTrue(detail.contains("的产品「域名」（Domain）不支持退订"), detail);
        assertFalse(detail.contains("href=\"/renewals/" + domain.id + "/unsubscribe\""));
        String confirm = session.get("/renewals/" + domain.id + "/unsubscribe").asString();
        assertTrue(confirm.contains("不支持退订") && !confirm.contains("name=\"idempotencyKey\""));
        Response refused = session.post("/renewals/" + domain.id + "/unsubscribe", Map.of("idempotencyKey", "abc"));
        assertEquals(409, refused.statusCode());

        session.post("/language", Map.of("lang", "en"));
        String english = session.get("/renewals/" + domain.id).asString();
        assertTrue(english.contains("the product &quot;Domain&quot; (域名) cannot be unsubscribed"), english);
    }

    @Test
    void withoutAPaidRenewalThePageSaysNothingIsRefunded() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 30);
        ConsoleSession session = ConsoleSession.loggedIn(me.username(), Fixtures.PASSWORD);

        String form = session.get("/renewals/" + ecs.id + "/unsubscribe").asString();
        assertTrue(form.contains("退订不退款，资源将立即释放"), form);
        assertTrue(form.contains("name=\"idempotencyKey\""), "still releasable by unsubscribing");
    }
}
