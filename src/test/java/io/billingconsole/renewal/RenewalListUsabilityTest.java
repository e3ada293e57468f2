package io.billingconsole.renewal;

import io.billingconsole.clock.TestClock;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.billingconsole.support.PageText.row;
import static io.billingconsole.support.TestDates.JAN_26;
import static io.billingconsole.support.PageText.rowIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, the renewal pages: a preselected duration with its price and new expiry, the shortfall
 * before the order, an empty selection back on the same list, ineligible resources set aside on the
 * batch auto-renew page, and a list sorted most urgent first with released resources hidden.
 */
@QuarkusTest
class RenewalListUsabilityTest {

    private static final String RESOURCE_ROW = "data-resource";

    @Inject
    Fixtures fixtures;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theRenewFormPreselectsTheShortestDurationWithItsPriceAndNewExpiry() {
        Customer me = fixtures.customer("1000");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        CloudResource domain = fixtures.resource(me, "DOMAIN", 5);
        ConsoleSession session = session(me);

        String form = page(session, "/renewals/" + ecs.id + "/renew");
        assertTrue(form.contains("<input type=\"radio\" name=\"months\" value=\"1\" checked required>"), form);
        assertFalse(form.contains("value=\"2\" checked"), "only the shortest is preselected");
        String oneMonth = row(form, "data-months", 1);
        assertTrue(oneMonth.contains("¥99.00"), oneMonth);
        assertTrue(oneMonth.contains("足够"), oneMonth);
        assertFalse(form.contains("data-testid=\"shortfall\""), "enough money: no warning");

        String domainForm = page(session, "/renewals/" + domain.id + "/renew");
        assertTrue(domainForm.contains("name=\"months\" value=\"12\" checked"), "a domain's shortest is one year");

        // sent as it is shown, the form places the order for the preselected duration
        assertEquals(303, session.post("/renewals/" + ecs.id + "/renew", Map.of("months", "1")).statusCode());
    }

    @Test
    void theRenewFormsTellTheShortfallBeforeTheOrderIsPlaced() {
        Customer me = fixtures.customer("150");
        CloudResource ecs = fixtures.resource(me, "ECS", 5);
        CloudResource other = fixtures.resource(me, "ECS", 6);
        ConsoleSession session = session(me);

        String form = page(session, "/renewals/" + ecs.id + "/renew");
        assertTrue(row(form, "data-months", 1).contains("足够"), "¥99 of ¥150");
        assertTrue(row(form, "data-months", 2).contains("还差 ¥48.00"), row(form, "data-months", 2));
        assertFalse(form.contains("data-testid=\"shortfall\""), "the shortest can be paid");

        String batch = page(session, "/renewals/batch?id=" + ecs.id + "&id=" + other.id);
        assertTrue(batch.contains("data-testid=\"shortfall\""), "two months for two servers: ¥198 of ¥150");
        assertTrue(batch.contains("最短时长也还差 ¥48.00"), batch);
        assertTrue(batch.contains("<a href=\"/recharges/new\" data-testid=\"top-up\">去充值</a>"), batch);

        Customer poor = fixtures.customer("0");
        CloudResource mine = fixtures.resource(poor, "ECS", 5);
        ConsoleSession poorSession = session(poor);
        String short1 = page(poorSession, "/renewals/" + mine.id + "/renew");
        assertTrue(short1.contains("可用余额不足：最短时长也还差 ¥99.00，请先充值再续费。"), short1);
        assertTrue(short1.contains("data-testid=\"top-up\""));

        assertEquals(303, poorSession.post("/language", Map.of("lang", "en")).statusCode());
        String english = page(poorSession, "/renewals/" + mine.id + "/renew");
        assertTrue(english.contains("even the shortest duration is ¥99.00 short"), english);
        assertTrue(english.contains(">Top up</a>"));
        assertTrue(english.contains("Short by ¥99.00"));
    }

    @Test
    void anEmptySelectionReturnsToTheSameListWithAMessage() {
        Customer me = fixtures.customer("0");
        fixtures.resource(me, "ECS", 5);
        ConsoleSession session = session(me);
        String list = page(session, "/renewals?type=ECS&sort=name");
        assertTrue(list.contains("<input type=\"hidden\" name=\"type\" value=\"ECS\">"), "the batch form keeps the filters");
        assertTrue(list.contains("<input type=\"hidden\" name=\"sort\" value=\"name\">"));

        for (String batch : List.of("/renewals/batch", "/renewals/auto-renew")) {
            Response empty = session.get(batch + "?type=ECS&status=RUNNING&expiring=7&q=x&sort=-name&released=1");
            assertEquals(303, empty.statusCode(), batch);
            String location = empty.header("Location");
            assertTrue(location.endsWith("/renewals?type=ECS&status=RUNNING&expiring=7&q=x&sort=-name&released=1"
                    + "&error=EMPTY_SELECTION"), location);
            String back = page(session, location.substring(location.indexOf("/renewals")));
            assertTrue(back.contains("<p class=\"error\" role=\"alert\">请至少选择一个资源</p>"), back);
            assertTrue(back.contains("<option value=\"RUNNING\" selected>"), "the filters are still set");
        }
        assertFalse(page(session, "/renewals?error=%3Cb%3E").contains("role=\"alert\""), "only known codes are shown");
        assertEquals(303, session.post("/language", Map.of("lang", "en")).statusCode());
        assertTrue(page(session, "/renewals?error=EMPTY_SELECTION").contains("Select at least one resource"));
    }

    @Test
    void theBatchAutoRenewPageSetsIneligibleResourcesApartAndGoesOnWithTheRest() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 40);
        CloudResource domain = fixtures.resource(me, "DOMAIN", 19);   // domains: at least 20 days before expiry
        CloudResource on = fixtures.resource(me, "ECS", 41);
        fixtures.storedAutoRenew(on, 1);
        ConsoleSession session = session(me);

        String list = page(session, "/renewals");
        String domainRow = row(list, RESOURCE_ROW, domain.id);
        assertTrue(domainRow.contains("name=\"id\" value=\"" + domain.id + "\""), "still selectable for renewal");
        assertTrue(domainRow.contains("title=\"资源 " + domain.name + " 距到期只剩 19 天"), domainRow);

        String form = page(session, "/renewals/auto-renew?type=ECS&id=" + ecs.id + "&id=" + domain.id + "&id=" + on.id);
        assertTrue(form.contains("data-testid=\"ineligible\""), form);
        assertTrue(form.contains("data-ineligible=\"" + domain.id + "\""));
        assertTrue(form.contains("data-ineligible=\"" + on.id + "\""));
        assertFalse(form.contains("data-ineligible=\"" + ecs.id + "\""));
        String next = "/renewals/auto-renew?type=ECS&id=" + ecs.id;
        assertTrue(form.contains("<a class=\"button\" href=\"" + next.replace("&", "&amp;")
                + "\" data-testid=\"remove-and-continue\">移除这些资源并继续</a>"), form);

        String rest = page(session, next);
        assertFalse(rest.contains("data-testid=\"ineligible\""));
        assertFalse(rest.contains("disabled"), "the rest can be enabled");
        assertTrue(rest.contains("<a href=\"/renewals?type=ECS\">返回</a>"), "back keeps the filters");

        String none = page(session, "/renewals/auto-renew?id=" + domain.id);
        assertTrue(none.contains("所选资源现在都不能开通自动续费，请返回列表重新选择。"), none);
        assertFalse(none.contains("remove-and-continue"));
    }

    @Test
    void theListHidesReleasedResourcesSortsMostUrgentFirstAndCountsStatuses() {
        Customer me = fixtures.customer("0");
        CloudResource later = fixtures.resource(me, "ECS", "b-later", 30);
        CloudResource soon = fixtures.resource(me, "ECS", "c-soon", 5);
        CloudResource expiredEcs = fixtures.resource(me, "ECS", "d-expired-ecs", -3);      // released in 12 days
        CloudResource expiredDomain = fixtures.resource(me, "DOMAIN", "a-expired-domain", -10); // in 20 days
        CloudResource released = fixtures.resource(me, "ECS", "e-released", -20);
        CloudResource payg = fixtures.payg(me, "ECS");
        ConsoleSession session = session(me);

        String list = page(session, "/renewals");
        assertEquals(List.of(expiredEcs.id, expiredDomain.id, soon.id, later.id, payg.id), rowIds(list, RESOURCE_ROW),
                "expired by release date, then by expiry; released hidden");
        assertEquals(List.of(expiredEcs.id, expiredDomain.id, soon.id, later.id, released.id, payg.id),
                rowIds(page(session, "/renewals?released=1"), RESOURCE_ROW));
        assertEquals(List.of(released.id), rowIds(page(session, "/renewals?status=RELEASED"), RESOURCE_ROW));

        assertEquals(List.of(expiredDomain.id, later.id, soon.id, expiredEcs.id),
                rowIds(page(session, "/renewals?sort=name"), RESOURCE_ROW).subList(0, 4));
        assertEquals(List.of(later.id, soon.id, expiredEcs.id, expiredDomain.id, payg.id),
                rowIds(page(session, "/renewals?sort=-expiry"), RESOURCE_ROW));
        assertEquals(List.of(expiredDomain.id, expiredEcs.id, soon.id, later.id, payg.id),
                rowIds(page(session, "/renewals?sort=days"), RESOURCE_ROW));
        for (String bad : List.of("bogus", "-", "name;drop", "NAME", "-expiry-")) {
            assertEquals(rowIds(list, RESOURCE_ROW), rowIds(page(session, "/renewals?sort=" + bad), RESOURCE_ROW), bad);
        }

        String byName = page(session, "/renewals?type=ECS&sort=name");
        assertTrue(byName.contains("<th aria-sort=\"ascending\"><a href=\"/renewals?type=ECS&amp;sort=-name\""), byName);
        assertTrue(byName.contains("<th aria-sort=\"none\"><a href=\"/renewals?type=ECS&amp;sort=expiry\""), byName);
        assertTrue(list.contains("data-testid=\"quick-expiring\""));
        assertTrue(list.contains(">即将到期 1</a>"), list);
        assertTrue(list.contains(">已过期 2</a>"), list);
        assertTrue(list.contains("<option value=\"RELEASED\" >已释放 (1)</option>"), list);
        assertTrue(list.contains("data-select-all=\"id\""), "a select-all checkbox");
        assertTrue(list.contains("name=\"released\" value=\"1\">"), "the show-released filter");

        assertEquals(303, session.post("/language", Map.of("lang", "en")).statusCode());
        String english = page(session, "/renewals");
        assertTrue(english.contains(">Expiring soon 1</a>"), english);
        assertTrue(english.contains(">Expired 2</a>"));
        assertTrue(english.contains("Show released"));
    }

    @Test
    void theChargeCalendarShowsTheDailyRetriesAsARangeInEitherLanguage() {
        clock.moveTo(JAN_26);
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 40);                 // expires 2018-03-07 00:00
        ConsoleSession session = session(me);
        assertEquals(303, session.post("/renewals/" + ecs.id + "/auto-renew", Map.of("months", "1")).statusCode());

        assertTrue(page(session, "/renewals/" + ecs.id)
                .contains("data-testid=\"retry-days\">2018-02-27 至 2018-03-06，每天 08:00</dd>"));
        assertEquals(303, session.post("/language", Map.of("lang", "en")).statusCode());
        String english = page(session, "/renewals/" + ecs.id);
        assertTrue(english.contains("data-testid=\"retry-days\">2018-02-27 to 2018-03-06, daily at 08:00</dd>"), english);
    }

    private static ConsoleSession session(Customer customer) {
        return ConsoleSession.loggedIn(customer.username(), customer.password());
    }

    private static String page(ConsoleSession session, String path) {
        Response response = session.get(path);
        assertEquals(200, response.statusCode(), path);
        return response.asString();
    }
}
