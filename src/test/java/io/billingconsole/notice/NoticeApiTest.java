package io.billingconsole.notice;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class NoticeApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    NoticeBooks books;

    @Inject
    ZoneId zone;

    @Test
    void listsNoticesNewestFirstWithTheirFactsAndAMessageInTheAskedLanguage() {
        Customer me = fixtures.customer("0");
        CloudResource host = fixtures.resource(me, "VIRTUAL_HOST", -2);
        Instant releaseAt = fixtures.midnight(13);
        Instant newExpiry = fixtures.midnight(28);
        books.publish(me.accountId(), NoticeKind.RELEASE_WARNING, "release:" + host.id,
                NoticeFacts.release(host.id, host.name, "VIRTUAL_HOST", host.expiresAt, releaseAt));
        books.publish(me.accountId(), NoticeKind.RENEWAL_SUCCEEDED, "renewed:" + host.id,
                NoticeFacts.renewed(host.id, host.name, "VIRTUAL_HOST", newExpiry, 1, Money.parse("1234.5"), 77L));

        Api.as(me).header("Accept-Language", "en-US,en;q=0.8").get("/api/v1/notices").then().statusCode(200)
                .body("total", equalTo(2)).body("unread", equalTo(2))
                .body("items[0].kind", equalTo("RENEWAL_SUCCEEDED"))
                .body("items[0].title", equalTo("Renewed"))
                .body("items[0].read", equalTo(false))
                .body("items[0].readAt", nullValue())
                .body("items[0].createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\\+08:00"))
                .body("items[0].facts.amount", equalTo("1234.50"))
                .body("items[0].facts.missing", nullValue())
                .body("items[0].facts.months", equalTo(1))
                .body("items[0].facts.orderId", equalTo(77))
                .body("items[0].facts.expiresAt", equalTo(iso(newExpiry)))
                .body("items[0].message", containsString("was renewed for 1 month; ¥1,234.50 was charged"))
                .body("items[1].kind", equalTo("RELEASE_WARNING"))
                .body("items[1].facts.resourceName", equalTo(host.name))
                .body("items[1].facts.productType", equalTo("VIRTUAL_HOST"))
                .body("items[1].facts.releaseAt", equalTo(iso(releaseAt)))
                .body("items[1].message", containsString("Virtual host \"" + host.name + "\" expired at"));

        Api.as(me).header("Accept-Language", "zh-CN").get("/api/v1/notices").then()
                .body("items[0].title", equalTo("续费成功"))
                .body("items[0].message", containsString("已续费 1 个月，扣款 ¥1,234.50（订单 #77）"))
                .body("items[1].message", containsString("将于 " + dateTime(releaseAt) + " 释放"));
    }

    @Test
    void unreadOnlyAndMarkingRead() {
        Customer me = fixtures.customer("0");
        books.publish(me.accountId(), NoticeKind.AUTO_RENEW_ENABLED, "enabled:1",
                NoticeFacts.autoRenew(1L, "a", "ECS", null, 1));
        books.publish(me.accountId(), NoticeKind.AUTO_RENEW_ENABLED, "enabled:2",
                NoticeFacts.autoRenew(2L, "b", "ECS", null, 1));
        long first = books.noticesOf(me.accountId()).get(0).id;

        Api.as(me).post("/api/v1/notices/" + first + "/read").then().statusCode(200)
                .body("id", equalTo((int) first)).body("read", equalTo(true)).body("readAt", notNullValue());
        Api.as(me).get("/api/v1/notices?unread=true").then()
                .body("total", equalTo(1)).body("unread", equalTo(1)).body("items[0].facts.resourceName", equalTo("b"));
        Api.as(me).get("/api/v1/notices?unread=false&size=1&page=2").then()
                .body("total", equalTo(2)).body("size", equalTo(1)).body("items[0].id", equalTo((int) first));

        Api.as(me).post("/api/v1/notices/read-all").then().statusCode(200).body("marked", equalTo(1));
        Api.as(me).get("/api/v1/notices?unread=true").then().body("total", equalTo(0)).body("unread", equalTo(0));
        Api.as(me).get("/api/v1/notices?unread=maybe").then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
    }

    @Test
    void anotherAccountsNoticeIsNotFound() {
        Customer me = fixtures.customer("0");
        Customer intruder = fixtures.customer("0");
        books.publish(me.accountId(), NoticeKind.AUTO_RENEW_CANCELLED, "cancelled:1",
                NoticeFacts.autoRenew(1L, "mine", "ECS", null, null));
        long mine = books.noticesOf(me.accountId()).get(0).id;

        Api.as(intruder).post("/api/v1/notices/" + mine + "/read").then().statusCode(404)
                .body("code", equalTo("PAGE_NOT_FOUND"));
        Api.as(intruder).get("/api/v1/notices").then().body("total", equalTo(0));
        Api.as(me).get("/api/v1/notices").then().body("unread", equalTo(1)).body("items[0].read", equalTo(false));
    }

    private String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    private String dateTime(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(zone));
    }
}
