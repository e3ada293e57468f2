package io.billingconsole.notice;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.shared.Money;
import io.billingconsole.support.BrowserTest;
import io.billingconsole.support.ConsoleBrowser;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.billingconsole.support.ConsoleBrowser.named;
import static io.billingconsole.support.ConsoleBrowser.namedWithin;
import static io.billingconsole.support.ConsoleBrowser.screenshot;

/** 消息中心 in a browser: the header's unread count, reading one and all, the unread filter, the channel settings. */
@QuarkusTest
class NoticeBrowserTest extends BrowserTest {

    @Inject
    Fixtures fixtures;

    @Inject
    NoticeBooks books;

    @Test
    void readingNoticesLowersTheHeadersCountAndTheSettingsKeepWhatWasChosen() {
        Fixtures.Customer customer = fixtures.customer("0");
        CloudResource ecs = fixtures.resource(customer, "ECS", 7);
        books.publishReminderAndBalanceLow(customer.accountId(), ecs, Money.parse("99"), Money.parse("99"), 41L);

        ConsoleBrowser.logIn(page, customer);
        assertThat(page.getByTestId("unread-count")).hasText("2");
        page.getByTestId("unread-count").click();

        assertThat(page.getByRole(AriaRole.HEADING, named("消息中心"))).isVisible();
        Locator unread = page.locator("tr.unread");
        assertThat(unread).hasCount(2);
        assertThat(unread.first()).containsText("余额不足");             // newest first
        assertThat(unread.nth(1)).containsText("到期提醒");
        screenshot(page, "notices-unread");

        unread.first().getByRole(AriaRole.BUTTON, namedWithin("标为已读")).click();
        assertThat(page.getByTestId("unread-count")).hasText("1");
        assertThat(page.locator("tr.unread")).hasCount(1);
        assertThat(page.locator("tr.read")).containsText("余额不足");
        assertThat(page.locator("tr.read").getByRole(AriaRole.BUTTON, namedWithin("标为已读"))).hasCount(0);

        page.getByRole(AriaRole.LINK, named("只看未读")).click();
        assertThat(page).hasURL(Pattern.compile("/notices\\?unread=1$"));
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody tr")).containsText("到期提醒");

        page.getByRole(AriaRole.BUTTON, named("全部标为已读")).click();
        assertThat(page).hasURL(Pattern.compile("/notices\\?unread=1$"));
        assertThat(page.getByTestId("unread-count")).hasCount(0);
        assertThat(page.locator("tbody")).containsText("暂无消息");
        assertThat(page.getByRole(AriaRole.BUTTON, named("全部标为已读"))).hasCount(0);
        page.getByRole(AriaRole.LINK, named("全部消息")).click();
        assertThat(page.locator("tr.read")).hasCount(2);

        page.getByTestId("notice-settings-link").click();
        assertThat(page.getByRole(AriaRole.HEADING, named("通知设置"))).isVisible();
        Locator balanceLowMail = page.getByLabel("余额不足: 邮件", new Page.GetByLabelOptions().setExact(true));
        boolean wasChecked = balanceLowMail.isChecked();
        balanceLowMail.setChecked(!wasChecked);
        page.getByRole(AriaRole.BUTTON, named("保存设置")).click();
        assertThat(page.getByTestId("settings-saved")).hasText("通知设置已保存。");
        page.reload();
        assertThat(page.getByLabel("余额不足: 邮件", new Page.GetByLabelOptions().setExact(true)))
                .isChecked(new LocatorAssertions.IsCheckedOptions().setChecked(!wasChecked));
        assertThat(page.getByTestId("no-phone").or(page.getByTestId("phone"))).isVisible();
    }
}
