package io.billingconsole.notice;

import io.billingconsole.account.Role;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 消息中心: notices in the viewer's language, unread ones marked and counted in the header. */
@QuarkusTest
class NoticePageTest {

    private static final Pattern UNREAD_BADGE = Pattern.compile("data-testid=\"unread-count\"[^>]*>(\\d+)<");
    private static final Pattern UNREAD_ROW = Pattern.compile("<tr data-notice=\"\\d+\" class=\"unread\">");
    private static final Pattern ROW = Pattern.compile("<tr data-notice=\"(\\d+)\"");

    @Inject
    Fixtures fixtures;

    @Inject
    NoticeBooks books;

    @Inject
    ZoneId zone;

    @Test
    void noticesAreShownNewestFirstInTheViewersLanguage() {
        Customer me = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(me, "ECS", 7);
        books.publishReminderAndBalanceLow(me.accountId(), ecs, Money.parse("1234.50"), Money.parse("1000"), 31L);
        String expiry = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(ecs.expiresAt.atZone(zone));
        ConsoleSession session = ConsoleSession.loggedIn(me.username(), me.password());

        String zh = page(session, "/notices");
        assertTrue(zh.contains("<h1>消息中心</h1>"), zh);
        assertTrue(zh.indexOf("余额不足") < zh.indexOf("到期提醒"), "newest first");
        assertTrue(zh.contains("需支付 ¥1,234.50，账户余额还差 ¥1,000.00，订单 #31 已作废"), zh);
        assertTrue(zh.contains("您的云服务器 ECS「" + ecs.name + "」将于 " + expiry + " 到期（还剩 7 天）"), zh);

        assertEquals(303, session.post("/language", Map.of("lang", "en")).statusCode());
        String en = page(session, "/notices");
        assertTrue(en.contains("<h1>Message center</h1>"), en);
        assertTrue(en.contains("Balance insufficient") && en.contains("Expiry reminder"), en);
        assertTrue(en.contains("¥1,234.50 due, your balance is ¥1,000.00 short; order #31 was voided"), en);
        assertTrue(en.contains("expires at " + expiry + " (7 days left)"), en);
        assertFalse(en.contains("余额不足"), en);
    }

    @Test
    void theHeaderCountsUnreadNoticesAndReadingLowersTheCount() {
        Customer me = fixtures.customer("0");
        for (int i = 1; i <= 3; i++) {
            books.publish(me.accountId(), NoticeKind.AUTO_RENEW_ENABLED, "enabled:" + i,
                    NoticeFacts.autoRenew(i, "host-" + i, "ECS", null, i));
        }
        ConsoleSession session = ConsoleSession.loggedIn(me.username(), me.password());
        assertEquals(3, unreadBadge(page(session, "/")));
        assertEquals(3, count(UNREAD_ROW, page(session, "/notices")));

        long first = books.noticesOf(me.accountId()).get(0).id;
        Response read = session.post("/notices/" + first + "/read", Map.of("page", "1"));
        assertEquals(303, read.statusCode());
        assertTrue(read.header("Location").endsWith("/notices"), read.header("Location"));
        String list = page(session, "/notices");
        assertEquals(2, unreadBadge(list));
        assertEquals(2, count(UNREAD_ROW, list));
        assertTrue(list.contains("<tr data-notice=\"" + first + "\" class=\"read\">"), list);

        Response all = session.post("/notices/read-all", Map.of());
        assertEquals(303, all.statusCode());
        String after = page(session, "/notices");
        assertEquals(0, count(UNREAD_ROW, after));
        assertFalse(UNREAD_BADGE.matcher(after).find(), "no badge without unread notices");
        assertFalse(after.contains("全部标为已读"), "nothing left to mark");
        assertTrue(books.noticesOf(me.accountId()).stream().allMatch(Notice::isRead));
    }

    @Test
    void anotherAccountsNoticeIsNotFoundAndStaysUnread() {
        Customer me = fixtures.customer("0");
        Customer intruder = fixtures.customer("0");
        books.publish(me.accountId(), NoticeKind.AUTO_RENEW_CANCELLED, "cancelled:1",
                NoticeFacts.autoRenew(1L, "mine", "ECS", null, null));
        long mine = books.noticesOf(me.accountId()).get(0).id;
        ConsoleSession session = ConsoleSession.loggedIn(intruder.username(), intruder.password());

        assertEquals(404, session.post("/notices/" + mine + "/read", Map.of()).statusCode());
        assertEquals(404, session.post("/notices/not-a-number/read", Map.of()).statusCode());
        assertEquals(303, session.post("/notices/read-all", Map.of()).statusCode());
        assertNull(books.noticesOf(me.accountId()).get(0).readAt, "still unread for its owner");
        String list = page(session, "/notices");
        assertFalse(list.contains("mine"), list);
        assertTrue(list.contains("暂无消息"), list);
    }

    @Test
    void longListsArePagedAndCanShowOnlyUnread() {
        Customer me = fixtures.customer("0");
        for (int i = 1; i <= 23; i++) {
            books.publish(me.accountId(), NoticeKind.AUTO_RENEW_MODIFIED, "modified:" + i,
                    NoticeFacts.autoRenew(i, "host-" + i, "ECS", null, 2));
        }
        List<Notice> stored = books.noticesOf(me.accountId());
        ConsoleSession session = ConsoleSession.loggedIn(me.username(), me.password());

        String first = page(session, "/notices");
        assertEquals(20, count(ROW, first));
        assertTrue(first.contains("第 1 / 2 页，共 23 条"), first);
        assertEquals(String.valueOf(stored.get(22).id), firstRow(first), "the newest on top");
        String second = page(session, "/notices?page=2");
        assertEquals(3, count(ROW, second));
        assertEquals(String.valueOf(stored.get(2).id), firstRow(second));

        Response read = session.post("/notices/" + stored.get(0).id + "/read", Map.of("unread", "1", "page", "2"));
        assertTrue(read.header("Location").endsWith("/notices?unread=1&page=2"), read.header("Location"));
        String unread = page(session, "/notices?unread=1&page=2");
        assertTrue(unread.contains("第 2 / 2 页，共 22 条"), unread);
        assertTrue(unread.contains("href=\"?unread=1&amp;page=1\""), "the pager keeps the filter: " + unread);
    }

    @Test
    void staffHaveNoMessageCenter() {
        String operator = fixtures.staff(Role.OPERATOR);
        ConsoleSession session = ConsoleSession.loggedIn(operator, Fixtures.PASSWORD);
        assertEquals(403, session.get("/notices").statusCode());
        assertFalse(session.get("/admin").asString().contains("href=\"/notices\""));
    }

    private static String page(ConsoleSession session, String path) {
        Response response = session.get(path);
        assertEquals(200, response.statusCode(), path);
        return response.asString();
    }

    private static int unreadBadge(String html) {
        Matcher matcher = UNREAD_BADGE.matcher(html);
        assertTrue(matcher.find(), "unread badge in the header");
        return Integer.parseInt(matcher.group(1));
    }

    private static int count(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String firstRow(String html) {
        Matcher matcher = ROW.matcher(html);
        assertTrue(matcher.find());
        return matcher.group(1);
    }
}
