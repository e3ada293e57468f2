package io.billingconsole.notice;

import io.billingconsole.billing.BillingBooks;
import io.billingconsole.billing.PaygOverdueJob;
import io.billingconsole.catalog.ProductCatalog;
import io.billingconsole.clock.TestClock;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.BillingConfig;
import io.billingconsole.support.Books;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.billingconsole.support.MailServer;
import io.billingconsole.support.Outbox;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DATA_LOSS_WARNING before a release that deletes data (the virtual host): at 7, 3 and 1 days before the release
 * moment, once each, e-mail at every step and SMS forced from 3 days before; a moved release starts a new series;
 * no plain RELEASE_WARNING beside it.
 */
@QuarkusTest
class DataLossNoticeTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Books books;

    @Inject
    BillingBooks billing;

    @Inject
    TestClock clock;

    @Inject
    ZoneId zone;

    @Inject
    DataLossNoticeJob job;

    @Inject
    Outbox outbox;

    @Inject
    PaygOverdueJob overdue;

    @Inject
    ProductCatalog catalog;

    @Inject
    BillingConfig config;

    @Inject
    NoticeMail mail;

    /** The channels each publish asked for: what reached NoticeService.publish as forced. */
    private final List<String> forced = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void recordChannels() {
        QuarkusMock.installMockForType(new NoticeChannels() {
            @Override
            public Set<Channel> choose(long accountId, NoticeKind kind, Set<Channel> forcedChannels) {
                if (kind == NoticeKind.DATA_LOSS_WARNING) {
                    forced.add(accountId + " " + new java.util.TreeSet<>(forcedChannels));
                }
                Set<Channel> channels = EnumSet.of(Channel.EMAIL);
                channels.addAll(forcedChannels);
                return channels;
            }
        }, NoticeChannels.class);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Expires 06-06, window 15 days: released 06-21 00:00; warned 06-14, 06-18 and 06-20, SMS on the last two. */
    @Test
    void anExpiredVirtualHostIsWarnedAtEachStepOnce() throws Exception {
        clock.moveTo(at(2018, 6, 1, 12));
        Customer me = fixtures.customer("0");
        CloudResource host = fixtures.resource(me, "VIRTUAL_HOST", 5);
        CloudResource ecs = fixtures.resource(me, "ECS", 5);

        clock.moveTo(at(2018, 6, 22, 12));

        Instant release = at(2018, 6, 21, 0);
        assertEquals(List.of("06-14 7 " + release.getEpochSecond() + " WINDOW_PASSED",
                        "06-18 3 " + release.getEpochSecond() + " WINDOW_PASSED",
                        "06-20 1 " + release.getEpochSecond() + " WINDOW_PASSED"),
                steps(host), "each step on its day, with the exact release moment");
        assertEquals(List.of(me.accountId() + " [EMAIL]", me.accountId() + " [EMAIL, SMS]",
                me.accountId() + " [EMAIL, SMS]"), mine(me), "SMS forced only from three days before");
        assertEquals(0, books.count("select count(*) from notice where kind = 'RELEASE_WARNING' and resource_id = "
                + host.id), "not the plain release warning as well");
        assertEquals(1, books.count("select count(*) from notice where kind = 'RELEASE_WARNING' and resource_id = "
                + ecs.id), "the ECS keeps its release warning");
        assertEquals(0, books.count("select count(*) from notice where kind = 'DATA_LOSS_WARNING' and resource_id = "
                + ecs.id), "an ECS release deletes nothing the notice would name");

        job.run(LocalDate.of(2018, 6, 14));
        job.run(LocalDate.of(2018, 6, 20));
        assertEquals(3, steps(host).size(), "never twice");

        List<String> texts = new ArrayList<>();
        for (MimeMessage m : outbox.drainedMailsTo(me.accountId(), me.username() + "@example.com")) {
            if (m.getSubject().startsWith("【数据删除预警】")) {
                texts.add(MailServer.part(m, "text/plain"));
            }
        }
        assertEquals(3, texts.size(), "one mail per step");
        assertTrue(texts.stream().allMatch(t -> t.contains("2018-06-21 00:00")
                && t.contains("网站文件、数据库和邮箱中的全部数据") && t.contains("/renewals")), texts.get(0));
    }

    /** A pay-as-you-go host released at the customer's time; moving the time starts a new series. */
    @Test
    void aScheduledReleaseIsWarnedAndAMovedOneStartsAgain() {
        clock.moveTo(at(2018, 6, 1, 12));
        Customer me = fixtures.customer("100");
        CloudResource host = fixtures.payg(me, "VIRTUAL_HOST");
        Instant first = LocalDateTime.of(2018, 6, 10, 15, 30).atZone(zone).toInstant();
        billing.releaseAt(host, first);

        clock.moveTo(at(2018, 6, 4, 12));                          // warned 06-03 (7 days before)
        Instant moved = LocalDateTime.of(2018, 6, 12, 15, 30).atZone(zone).toInstant();
        billing.releaseAt(host, moved);
        clock.moveTo(at(2018, 6, 11, 12));

        assertEquals(List.of("06-03 7 " + first.getEpochSecond() + " SCHEDULED",
                        "06-05 7 " + moved.getEpochSecond() + " SCHEDULED",
                        "06-09 3 " + moved.getEpochSecond() + " SCHEDULED",
                        "06-11 1 " + moved.getEpochSecond() + " SCHEDULED"),
                steps(host), "the old series stops, the new one runs from its own first step");
    }

    /** Stopped for arrears: released at the sweep once the product's overdue window has passed; warned before it. */
    @Test
    void aHostStoppedForArrearsIsWarnedBeforeItsOverdueRelease() {
        Customer me = fixtures.customer("0");
        billing.autoRepay(me, false);
        CloudResource host = fixtures.payg(me, "VIRTUAL_HOST");
        billing.lastMonthUsage(host, "40.00");
        billing.closeMonth();
        overdue.run(billing.today().plusDays(2));
        CloudResource stopped = billing.resource(host.id);
        assertEquals(ResourceStatus.STOPPED, stopped.status);
        LocalDate releaseDay = stopped.stoppedAt.atZone(zone).toLocalDate()
                .plusDays(catalog.require("VIRTUAL_HOST").paygOverdueReleaseDays);
        Instant release = releaseDay.atTime(config.sweep().dailyAt()).atZone(zone).toInstant();

        job.run(releaseDay.minusDays(5));                              // not a step
        job.run(releaseDay.minusDays(3));
        job.run(releaseDay.minusDays(3));

        assertEquals(List.of("3 " + release.getEpochSecond() + " OVERDUE"), books.strings("select days_before || ' '"
                + " || extract(epoch from release_at)::bigint || ' ' || release_reason from notice"
                + " where kind = 'DATA_LOSS_WARNING' and resource_id = " + host.id));
        assertEquals(List.of(me.accountId() + " [EMAIL, SMS]"), mine(me));
    }

    @Test
    void theMailSaysWhatIsLostInEnglish() {
        Instant release = at(2018, 6, 21, 0);
        RenderedMail english = mail.render(NoticeKind.DATA_LOSS_WARNING, NoticeFacts.dataLoss(7L, "site-1",
                "VIRTUAL_HOST", at(2018, 6, 6, 0), release, 3, "WINDOW_PASSED"), at(2018, 6, 18, 8), "Customer", "en");
        assertTrue(english.subject().contains("Data deletion warning"), english.subject());
        assertTrue(english.text().contains("2018-06-21 00:00") && english.text().contains("website files, databases")
                && english.text().contains("Renew it before then"), english.text());
        RenderedMail overdue = mail.render(NoticeKind.DATA_LOSS_WARNING, NoticeFacts.dataLoss(7L, "site-1",
                "VIRTUAL_HOST", null, release, 1, "OVERDUE"), at(2018, 6, 20, 8), "Customer", "zh");
        assertTrue(overdue.html().contains("还清欠费") && overdue.html().contains("2018-06-21 00:00"), overdue.html());
    }

    private List<String> steps(CloudResource resource) {
        return books.strings("select to_char(created_at at time zone 'Asia/Shanghai', 'MM-DD') || ' ' || days_before"
                + " || ' ' || extract(epoch from release_at)::bigint || ' ' || release_reason from notice"
                + " where kind = 'DATA_LOSS_WARNING' and resource_id = " + resource.id + " order by created_at");
    }

    private List<String> mine(Customer customer) {
        synchronized (forced) {
            return forced.stream().filter(f -> f.startsWith(customer.accountId() + " ")).toList();
        }
    }

    private Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(zone).toInstant();
    }
}
