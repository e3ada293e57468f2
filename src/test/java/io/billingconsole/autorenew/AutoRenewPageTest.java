package io.billingconsole.autorenew;

import io.billingconsole.account.ConsoleAuthenticationMechanism;
import io.billingconsole.resource.Channel;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.clock.TestClock;
import io.billingconsole.support.Api;
import io.billingconsole.support.Books;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.billingconsole.support.TestDates.JAN_26;
import static io.billingconsole.support.PageText.row;
import static io.billingconsole.support.PageText.rowIds;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Auto-renewal on the renewal pages: enable, modify and cancel on a resource's detail with its charge
 * calendar; every rule shown before the click (a disabled button and the reason) and enforced on a
 * forged POST; batch enable; the renewal-mode filter on the list and in the API.
 */
@QuarkusTest
class AutoRenewPageTest {

    private static final String RESOURCE_ROW = "data-resource";

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    TestClock clock;

    /** A fixed business time for the tests that count days, so that they cannot fail across midnight. */

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void enablingFromTheDetailShowsTheStateAndTheChargeCalendar() {
        clock.moveTo(JAN_26);
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 40);                 // expires 2018-03-07 00:00
        ConsoleSession session = session(me);

        String before = page(session, "/renewals/" + ecs.id);
        assertTrue(before.contains("data-testid=\"auto-renew-state\"><strong>未开通</strong>"), before);
        assertTrue(before.contains("未开通自动续费：系统不会自动扣款"));
        assertTrue(before.contains("<button type=\"submit\">开通自动续费</button>"), "enabling is allowed");
        assertFalse(before.contains("取消自动续费"), "nothing to cancel");
        assertTrue(before.contains("<option value=\"3\">3 个月 · 每次扣款 ¥297.00</option>"), before);

        Response enabled = session.post("/renewals/" + ecs.id + "/auto-renew", Map.of("months", "3"));
        assertEquals(303, enabled.statusCode());
        assertTrue(enabled.header("Location").endsWith("/renewals/" + ecs.id + "?done=auto_renew_enabled"),
                enabled.header("Location"));
        assertEquals("on 3", books.autoRenew(ecs.id));

        String after = page(session, "/renewals/" + ecs.id + "?done=auto_renew_enabled");
        assertTrue(after.contains("自动续费已开通。"));
        assertTrue(after.contains("data-testid=\"auto-renew-state\"><strong>已开通（每次 3 个月）</strong>"), after);
        assertTrue(after.contains("<option value=\"3\" selected>"), "the current duration is preselected");
        assertTrue(after.contains("<button type=\"submit\">修改自动续费</button>"));
        assertTrue(after.contains("<button type=\"submit\" class=\"secondary\">取消自动续费</button>"));
        // ECS: first attempt 9 days before expiry at 08:00, then daily until the day before expiry
        assertTrue(after.contains("data-testid=\"next-attempt\">2018-02-26 08:00</dd>"), after);
        // issue 9: the daily retries as a range (was the list of the eight days)
        assertTrue(after.contains("data-testid=\"retry-days\">2018-02-27 至 2018-03-06，每天 08:00</dd>"), after);
        assertTrue(after.contains("data-testid=\"last-attempt\">2018-03-06 08:00</dd>"));
        assertTrue(after.contains("data-testid=\"last-renewable\">2018-03-21</dd>"), "15-day window");
        assertTrue(after.contains("data-testid=\"release\">2018-03-22 00:00 → 释放</dd>"), after);
    }

    @Test
    void aWanwangDomainIsFirstChargedFifteenDaysBeforeExpiryAndThenLapsesForGood() {
        clock.moveTo(JAN_26);
        Customer me = fixtures.customer("0");
        CloudResource domain = fixtures.resource(me, "DOMAIN", 60);           // expires 2018-03-27 00:00
        ConsoleSession session = session(me);

        assertEquals(303, session.post("/renewals/" + domain.id + "/auto-renew", Map.of("months", "12")).statusCode());

        String page = page(session, "/renewals/" + domain.id);
        assertTrue(page.contains("已开通（每次 12 个月）"));
        assertTrue(page.contains("data-testid=\"next-attempt\">2018-03-12 08:00</dd>"), page);
        assertTrue(page.contains("data-testid=\"retry-days\">2018-03-13 至 2018-03-26，每天 08:00</dd>"), page);
        assertTrue(page.contains("data-testid=\"release\">2018-04-26 00:00 → 永久失效</dd>"), page);
        assertTrue(page.contains("本产品须在到期前至少 20 天设置或取消自动续费。"));
    }

    @Test
    void modifyingChangesTheDurationAndCancellingTurnsItOff() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 40);
        ConsoleSession session = session(me);
        assertEquals(303, session.post("/renewals/" + ecs.id + "/auto-renew", Map.of("months", "3")).statusCode());

        Response modified = session.post("/renewals/" + ecs.id + "/auto-renew", Map.of("months", "12"));
        assertEquals(303, modified.statusCode());
        assertTrue(modified.header("Location").endsWith("?done=auto_renew_modified"));
        assertEquals("on 12", books.autoRenew(ecs.id));
        String page = page(session, "/renewals/" + ecs.id + "?done=auto_renew_modified");
        assertTrue(page.contains("自动续费已修改。"));
        assertTrue(page.contains("已开通（每次 12 个月）"));
        assertTrue(row(page(session, "/renewals"), RESOURCE_ROW, ecs.id)
                .contains("已开通（每次 12 个月）"), "the list shows the duration");

        Response cancelled = session.post("/renewals/" + ecs.id + "/auto-renew/cancel", Map.of());
        assertEquals(303, cancelled.statusCode());
        assertTrue(cancelled.header("Location").endsWith("/renewals/" + ecs.id + "?done=auto_renew_cancelled"));
        assertEquals("off", books.autoRenew(ecs.id));
        page = page(session, "/renewals/" + ecs.id + "?done=auto_renew_cancelled");
        assertTrue(page.contains("自动续费已取消。"));
        assertTrue(page.contains("<strong>未开通</strong>"));
        assertFalse(page.contains("data-testid=\"next-attempt\""), "no attempt is planned");
        Api.as(me).get("/api/v1/resources/" + ecs.id).then().body("autoRenew.enabled", equalTo(false));

        Response again = session.post("/renewals/" + ecs.id + "/auto-renew/cancel", Map.of());
        assertEquals(409, again.statusCode());
        assertTrue(again.asString().contains("资源 " + ecs.name + " 未开通自动续费"), again.asString());
    }

    @Test
    void aDomainWithNineteenDaysLeftShowsTheTwentyDayRuleAndAForgedPostChangesNothing() {
        clock.moveTo(JAN_26);
        Customer me = fixtures.customer("0");
        CloudResource domain = fixtures.resource(me, "DOMAIN", 19);
        ConsoleSession session = session(me);
        String reason = "资源 " + domain.name + " 距到期只剩 19 天，本产品须在到期前至少 20 天设置或取消自动续费";

        String detail = page(session, "/renewals/" + domain.id);
        assertTrue(detail.contains("<button type=\"submit\" disabled aria-describedby=\"set-refusal\">开通自动续费</button>"),
                detail);
        assertTrue(detail.contains("id=\"set-refusal\" data-testid=\"set-refusal\">" + reason + "</span>"), detail);
        assertTrue(detail.contains("<select name=\"months\" disabled>"));
        String listRow = row(page(session, "/renewals"), RESOURCE_ROW, domain.id);
        assertTrue(listRow.contains("距到期不足 20 天，不能设置或取消"), listRow);
        assertFalse(listRow.contains("#auto-renew\""), "no enable link where enabling is refused");

        Response forged = session.post("/renewals/" + domain.id + "/auto-renew", Map.of("months", "12"));
        assertEquals(409, forged.statusCode());
        assertTrue(forged.asString().contains("<p class=\"error\" role=\"alert\">" + reason + "</p>"), forged.asString());
        assertTrue(forged.asString().contains("action=\"/renewals/" + domain.id + "/auto-renew\""), "the detail again");
        assertEquals("off", books.autoRenew(domain.id));
        Api.as(me).get("/api/v1/resources/" + domain.id).then().body("autoRenew.enabled", equalTo(false));
    }

    @Test
    void withNineteenDaysLeftAWanwangAutoRenewalCanNeitherBeModifiedNorCancelled() {
        clock.moveTo(JAN_26);
        Customer me = fixtures.customer("0");
        CloudResource domain = fixtures.resource(me, "DOMAIN", 19);
        fixtures.storedAutoRenew(domain, 12);          // enabled back when more than 20 days were left
        ConsoleSession session = session(me);

        String detail = page(session, "/renewals/" + domain.id);
        assertTrue(detail.contains("disabled aria-describedby=\"set-refusal\">修改自动续费</button>"), detail);
        assertTrue(detail.contains("disabled aria-describedby=\"cancel-refusal\">取消自动续费</button>"), detail);
        assertTrue(detail.contains("data-testid=\"cancel-refusal\">资源 " + domain.name + " 距到期只剩 19 天"));

        Response forged = session.post("/renewals/" + domain.id + "/auto-renew/cancel", Map.of());
        assertEquals(409, forged.statusCode());
        assertTrue(forged.asString().contains("至少 20 天设置或取消自动续费"));
        assertEquals("on 12", books.autoRenew(domain.id));
    }

    @Test
    void trialResellerAndPayAsYouGoResourcesShowWhyTheyCannotGetAutoRenewal() {
        Customer me = fixtures.customer("0");
        CloudResource trial = fixtures.resource(me, "ECS", true, Channel.CONSOLE, 60);
        CloudResource resold = fixtures.resource(me, "DOMAIN", false, Channel.RESELLER, 60);
        CloudResource apiEcs = fixtures.resource(me, "ECS", false, Channel.API, 60);
        CloudResource payg = fixtures.payg(me, "ECS");
        CloudResource tomorrow = fixtures.resource(me, "ECS", 1);
        ConsoleSession session = session(me);

        assertRefused(session, trial, "资源 " + trial.name + " 为免费或试用资源，不能开通自动续费", "试用资源不支持自动续费");
        assertRefused(session, resold, "资源 " + resold.name + " 通过代理商或 API 渠道购买，不能开通自动续费",
                "代理商/API 渠道购买，不支持自动续费");
        assertRefused(session, payg, "资源 " + payg.name + " 未在运行（已过期、已释放或按量付费），不能设置自动续费；到期后请在可续费期内手动续费",
                "未在运行，不能设置自动续费");
        assertRefused(session, tomorrow, "资源 " + tomorrow.name + " 已到期或将在 1 天内到期，不能开通或取消自动续费，请手动续费",
                "1 天内到期，请手动续费");
        assertTrue(page(session, "/renewals/" + payg.id).contains("按量付费资源没有到期时间，无需续费。"));

        String apiDetail = page(session, "/renewals/" + apiEcs.id);
        assertTrue(apiDetail.contains("<button type=\"submit\">开通自动续费</button>"), "cloud products bought via API may");
        assertTrue(apiDetail.contains("API"));

        for (CloudResource refused : List.of(trial, resold, payg, tomorrow)) {
            Response forged = session.post("/renewals/" + refused.id + "/auto-renew",
                    Map.of("months", refused == resold ? "12" : "1"));
            assertEquals(409, forged.statusCode(), refused.name);
            assertEquals("off", books.autoRenew(refused.id));
        }
    }

    @Test
    void badDurationsAreRefusedWithTheAllowedMonths() {
        Customer me = fixtures.customer("0");
        CloudResource domain = fixtures.resource(me, "DOMAIN", 60);
        ConsoleSession session = session(me);

        for (String months : new String[] {"1", "abc", ""}) {
            Response response = session.post("/renewals/" + domain.id + "/auto-renew", Map.of("months", months));
            assertEquals(400, response.statusCode(), months);
            assertTrue(response.asString().contains("续费时长无效：" + months + "。可选月数：12,24,36,48,60"),
                    response.asString());
        }
        assertEquals("off", books.autoRenew(domain.id));
    }

    @Test
    void batchEnableSetsOneDurationForTheSelectionAndLeadsToTheAutoRenewTab() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 40);
        CloudResource domain = fixtures.resource(me, "DOMAIN", 60);
        CloudResource other = fixtures.resource(me, "ECS", 50);
        ConsoleSession session = session(me);
        assertTrue(page(session, "/renewals").contains("formaction=\"/renewals/auto-renew\""), "the second submit button");

        String form = page(session, "/renewals/auto-renew?id=" + ecs.id + "&id=" + domain.id);
        assertTrue(form.contains("已选择 2 个资源"));
        assertEquals(List.of(ecs.id, domain.id), rowIds(form, RESOURCE_ROW));
        assertTrue(form.contains("<option value=\"12\">1 年 · 合计 ¥1,257.00</option>"), form);
        assertFalse(form.contains("<option value=\"1\">"), "domains are bought by the year");
        assertFalse(form.contains("disabled"), "nothing refuses this selection");

        Response enabled = session.post("/renewals/auto-renew", Map.of("id", List.of(ecs.id, domain.id), "months", "24"));
        assertEquals(303, enabled.statusCode());
        assertTrue(enabled.header("Location").endsWith("/renewals?renewal=AUTO&done=auto_renew_batch"),
                enabled.header("Location"));
        assertEquals("on 24", books.autoRenew(ecs.id));
        assertEquals("on 24", books.autoRenew(domain.id));
        assertEquals("off", books.autoRenew(other.id));

        String list = page(session, "/renewals?renewal=AUTO&done=auto_renew_batch");
        assertTrue(list.contains("已为所选资源开通自动续费。"));
        assertEquals(List.of(ecs.id, domain.id), rowIds(list, RESOURCE_ROW));
        assertTrue(row(list, RESOURCE_ROW, ecs.id).contains(">修改自动续费</a>"));
    }

    @Test
    void batchEnableIsRefusedNamingTheResourceThatAlreadyHasItAndChangesNothing() {
        Customer me = fixtures.customer("0");
        CloudResource on = fixtures.resource(me, "ECS", 40);
        CloudResource off = fixtures.resource(me, "ECS", 41);
        ConsoleSession session = session(me);
        assertEquals(303, session.post("/renewals/" + on.id + "/auto-renew", Map.of("months", "1")).statusCode());
        String reason = "所选资源中 " + on.name + " 已开通自动续费，请使用“修改自动续费”";

        String form = page(session, "/renewals/auto-renew?id=" + on.id + "&id=" + off.id);
        assertTrue(form.contains("disabled aria-describedby=\"batch-refusal\">开通自动续费</button>"), form);
        assertTrue(form.contains("data-testid=\"batch-refusal\">" + reason + "</span>"), form);
        assertTrue(row(form, RESOURCE_ROW, on.id).contains("<a href=\"/renewals/" + on.id + "#auto-renew\">修改自动续费</a>"));

        Response refused = session.post("/renewals/auto-renew", Map.of("id", List.of(on.id, off.id), "months", "6"));
        assertEquals(409, refused.statusCode());
        assertTrue(refused.asString().contains("<p class=\"error\" role=\"alert\">" + reason + "</p>"), refused.asString());
        assertTrue(refused.asString().contains("<option value=\"6\" selected>"), "the chosen duration is kept");
        assertEquals("on 1", books.autoRenew(on.id));
        assertEquals("off", books.autoRenew(off.id));
    }

    @Test
    void batchEnableIsRefusedAsAWholeWhenAnyRuleRefusesOne() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 40);
        CloudResource trial = fixtures.resource(me, "ECS", true, Channel.CONSOLE, 40);
        CloudResource domain = fixtures.resource(me, "DOMAIN", 60);
        ConsoleSession session = session(me);

        Response refused = session.post("/renewals/auto-renew", Map.of("id", List.of(ecs.id, trial.id), "months", "1"));
        assertEquals(409, refused.statusCode());
        assertTrue(refused.asString().contains("资源 " + trial.name + " 为免费或试用资源，不能开通自动续费"));

        // ECS allows 5 months, the domain does not: the ECS change is rolled back with the refusal
        Response badDuration = session.post("/renewals/auto-renew", Map.of("id", List.of(ecs.id, domain.id), "months", "5"));
        assertEquals(400, badDuration.statusCode());
        assertTrue(badDuration.asString().contains("续费时长无效：5。可选月数：12,24,36,48,60"), badDuration.asString());

        Response noDuration = session.post("/renewals/auto-renew", Map.of("id", List.of(ecs.id, domain.id)));
        assertEquals(400, noDuration.statusCode());
        assertTrue(noDuration.asString().contains("续费时长无效：。可选月数：12,24,36,48,60"), noDuration.asString());

        for (CloudResource resource : List.of(ecs, trial, domain)) {
            assertEquals("off", books.autoRenew(resource.id), resource.name);
        }
        // issue 9: an empty selection goes back to the list with the message (was a 400 page)
        Response empty = session.get("/renewals/auto-renew");
        assertEquals(303, empty.statusCode(), "an empty selection");
        assertTrue(empty.header("Location").endsWith("/renewals?error=EMPTY_SELECTION"), empty.header("Location"));
    }

    @Test
    void theRenewalModeFilterSplitsTheListAndTheApiAlike() {
        Customer me = fixtures.customer("0");
        CloudResource autoEcs = fixtures.resource(me, "ECS", 40);
        CloudResource autoDomain = fixtures.resource(me, "DOMAIN", 60);
        CloudResource manual = fixtures.resource(me, "ECS", 30);
        CloudResource expired = fixtures.resource(me, "ECS", -3);            // stopped, still renewable by hand
        CloudResource released = fixtures.resource(me, "ECS", -20);
        CloudResource releasedWithAutoRenew = fixtures.resource(me, "ECS", -20);
        fixtures.storedAutoRenew(releasedWithAutoRenew, 1);                  // set before it lapsed
        CloudResource payg = fixtures.payg(me, "ECS");
        ConsoleSession session = session(me);
        assertEquals(303, session.post("/renewals/" + autoEcs.id + "/auto-renew", Map.of("months", "1")).statusCode());
        assertEquals(303, session.post("/renewals/" + autoDomain.id + "/auto-renew", Map.of("months", "12")).statusCode());

        assertShown(session, "/renewals?renewal=AUTO", autoEcs, autoDomain);
        assertShown(session, "/renewals?renewal=MANUAL", expired, manual);
        assertShown(session, "/renewals?renewal=NONE", released, releasedWithAutoRenew, payg);
        assertShown(session, "/renewals?renewal=AUTO&type=DOMAIN", autoDomain);
        assertShown(session, "/renewals?renewal=MANUAL&status=EXPIRED", expired);
        assertShown(session, "/renewals?renewal=NONE&q=" + payg.name, payg);
        // issue 9: released are hidden and the default order is most urgent first (was "/renewals?renewal=BOGUS")
        assertShown(session, "/renewals?renewal=BOGUS&released=1&sort=expiry", released, releasedWithAutoRenew, expired, manual, autoEcs,
                autoDomain, payg);

        String tabs = page(session, "/renewals?type=ECS&renewal=MANUAL");
        assertTrue(tabs.contains("<a href=\"/renewals?type=ECS&amp;renewal=MANUAL\" class=\"active\" aria-current=\"page\">手动续费</a>"),
                tabs);
        assertTrue(tabs.contains("<a href=\"/renewals?type=ECS&amp;renewal=AUTO\" class=\"\">自动续费</a>"));
        assertTrue(tabs.contains("<a href=\"/renewals?type=ECS&amp;\" class=\"\">全部</a>"));
        assertTrue(tabs.contains("<input type=\"hidden\" name=\"renewal\" value=\"MANUAL\">"), "searching keeps the tab");

        Api.as(me).get("/api/v1/resources?renewal=AUTO").then().statusCode(200)
                .body("items.id", contains(autoEcs.id.intValue(), autoDomain.id.intValue()));
        Api.as(me).get("/api/v1/resources?renewal=MANUAL").then().statusCode(200)
                .body("items.id", contains(expired.id.intValue(), manual.id.intValue()));
        Api.as(me).get("/api/v1/resources?renewal=NONE&productType=ECS").then().statusCode(200)
                .body("items.id", contains(released.id.intValue(), releasedWithAutoRenew.id.intValue(), payg.id.intValue()));
        Api.as(me).get("/api/v1/resources?renewal=MANUAL&expiresWithinDays=30").then().statusCode(200)
                .body("items.id", contains(manual.id.intValue()));
        Api.as(me).get("/api/v1/resources?renewal=auto").then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
        Api.as(me).get("/api/v1/resources?renewal=SOMETIMES").then().statusCode(400).body("code", equalTo("INVALID_INPUT"));
    }

    @Test
    void anotherAccountsResourceIsNotFoundAndStaysAsItWas() {
        Customer me = fixtures.customer("0");
        Customer other = fixtures.customer("0");
        CloudResource mine = fixtures.resource(me, "ECS", 40);
        CloudResource theirs = fixtures.resource(other, "ECS", "rival-auto", 40);
        assertEquals(303, session(other).post("/renewals/" + theirs.id + "/auto-renew", Map.of("months", "2"))
                .statusCode());
        ConsoleSession session = session(me);

        Response detail = session.get("/renewals/" + theirs.id);
        assertEquals(404, detail.statusCode());
        assertTrue(detail.asString().contains("资源 " + theirs.id + " 不存在"));
        assertFalse(detail.asString().contains(theirs.name));
        assertEquals(404, session.get("/renewals/abc").statusCode());
        assertEquals(404, session.post("/renewals/" + theirs.id + "/auto-renew", Map.of("months", "1")).statusCode());
        assertEquals(404, session.post("/renewals/" + theirs.id + "/auto-renew/cancel", Map.of()).statusCode());
        assertEquals(404, session.get("/renewals/auto-renew?id=" + mine.id + "&id=" + theirs.id).statusCode());
        Response batch = session.post("/renewals/auto-renew", Map.of("id", List.of(mine.id, theirs.id), "months", "1"));
        assertEquals(404, batch.statusCode());
        assertFalse(batch.asString().contains(theirs.name));

        assertEquals("on 2", books.autoRenew(theirs.id));
        assertEquals("off", books.autoRenew(mine.id));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenChangesNothing() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 40);
        ConsoleSession session = session(me);
        page(session, "/renewals/" + ecs.id);

        Response response = RestAssured.given().redirects().follow(false)
                .cookie(ConsoleAuthenticationMechanism.SESSION_COOKIE,
                        session.cookie(ConsoleAuthenticationMechanism.SESSION_COOKIE))
                .cookie("billing_csrf", session.cookie("billing_csrf"))
                .contentType("application/x-www-form-urlencoded").formParam("months", "1")
                .post("/renewals/" + ecs.id + "/auto-renew");

        assertEquals(400, response.statusCode());
        assertEquals("off", books.autoRenew(ecs.id));
    }

    @Test
    void theAutoRenewTextsAreInEnglishAfterSwitchingLanguage() {
        clock.moveTo(JAN_26);
        Customer me = fixtures.customer("0");
        CloudResource domain = fixtures.resource(me, "DOMAIN", 19);
        CloudResource ecs = fixtures.resource(me, "ECS", 40);
        ConsoleSession session = session(me);
        assertEquals(303, session.post("/language", Map.of("lang", "en")).statusCode());
        assertEquals(303, session.post("/renewals/" + ecs.id + "/auto-renew", Map.of("months", "3")).statusCode());

        Response detail = session.get("/renewals/" + domain.id);
        assertEquals("en", detail.header("Content-Language"));
        String text = detail.asString();
        assertTrue(text.contains("Resource details"));
        assertTrue(text.contains("disabled aria-describedby=\"set-refusal\">Enable auto-renewal</button>"), text);
        assertTrue(text.contains("Resource " + domain.name + " expires in 19 days;"), text);
        assertTrue(text.contains("while at least 20 days remain"));
        assertTrue(text.contains("Charge calendar"));
        assertTrue(text.contains("Auto-renewal is off: nothing is charged automatically."));
        assertTrue(text.contains(" → Lapses for good</dd>"), text);
        assertFalse(text.contains("自动续费"), "no Chinese left");

        String ecsDetail = page(session, "/renewals/" + ecs.id + "?done=auto_renew_enabled");
        assertTrue(ecsDetail.contains("Auto-renewal enabled."));
        assertTrue(ecsDetail.contains("On (3 months each time)"));
        assertTrue(ecsDetail.contains("Next auto-renew charge"));
        assertTrue(ecsDetail.contains("Retries if the balance is short (daily at 08:00)"));
        assertTrue(ecsDetail.contains("<option value=\"3\" selected>3 months · ¥297.00 per renewal</option>"), ecsDetail);

        String list = page(session, "/renewals?renewal=AUTO");
        assertTrue(list.contains(">Auto-renewal</a>") && list.contains(">Manual renewal</a>")
                && list.contains(">Not renewing</a>"), list);
        assertTrue(list.contains("Batch enable auto-renewal"));
        assertTrue(page(session, "/renewals").contains("Less than 20 days left: cannot set or cancel"));

        Response forged = session.post("/renewals/" + domain.id + "/auto-renew", Map.of("months", "12"));
        assertEquals(409, forged.statusCode());
        assertTrue(forged.asString().contains("at least 20 days remain"));
    }

    private void assertRefused(ConsoleSession session, CloudResource resource, String reason, String shortReason) {
        String detail = page(session, "/renewals/" + resource.id);
        assertTrue(detail.contains("disabled aria-describedby=\"set-refusal\">开通自动续费</button>"), detail);
        assertTrue(detail.contains("data-testid=\"set-refusal\">" + reason + "</span>"), detail);
        String listRow = row(page(session, "/renewals"), RESOURCE_ROW, resource.id);
        assertTrue(listRow.contains(shortReason), listRow);
        assertTrue(listRow.contains("title=\"" + reason + "\""), "the full reason on hover");
    }

    /** The days from {@code first} to {@code last} as the calendar lists them: "2025-03-22、2025-03-23". */
    private static ConsoleSession session(Customer customer) {
        return ConsoleSession.loggedIn(customer.username(), customer.password());
    }

    private static String page(ConsoleSession session, String path) {
        Response response = session.get(path);
        assertEquals(200, response.statusCode(), path);
        return response.asString();
    }

    private static void assertShown(ConsoleSession session, String path, CloudResource... expected) {
        assertEquals(Arrays.stream(expected).map(r -> r.id).toList(), rowIds(page(session, path), RESOURCE_ROW), path);
    }
}
