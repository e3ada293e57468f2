package io.billingconsole.billing;

import io.billingconsole.notice.NoticeFacts;
import io.billingconsole.notice.NoticeKind;
import io.billingconsole.notice.NoticeMail;
import io.billingconsole.notice.RenderedMail;
import io.billingconsole.shared.Money;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The e-mails of bills, arrears and overdue stops, in both languages, with their figures. */
@QuarkusTest
class BillingMailTest {

    private static final Instant AT = Instant.parse("2026-12-03T00:00:00Z");

    @Inject
    NoticeMail mail;

    @Test
    void billMailsNameTheMonthTheAmountAndWhatIsUnpaid() {
        NoticeFacts bill = new NoticeFacts(null, "2026-11", null, null, null, null, Money.parse("35.50"),
                Money.parse("20.00"), null, null);
        RenderedMail zh = mail.render(NoticeKind.ARREARS, bill, AT, "客户", "zh");
        assertTrue(zh.subject().contains("账单欠费") && zh.subject().contains("2026-11"), zh.subject());
        assertTrue(zh.text().contains("¥35.50") && zh.text().contains("¥20.00"), zh.text());
        RenderedMail en = mail.render(NoticeKind.BILL_ISSUED, bill, AT, "Customer", "en");
        assertTrue(en.subject().contains("Bill issued"), en.subject());
        assertTrue(en.html().contains("20.00 to pay"), en.html());
    }

    @Test
    void stopMailsNameTheResourceTheArrearsAndTheMoments() {
        NoticeFacts stopped = new NoticeFacts(7L, "web-1", "ECS", AT, AT.plusSeconds(15 * 86400L), null,
                Money.parse("40.00"), null, null, null);
        RenderedMail zh = mail.render(NoticeKind.PAYG_STOPPED, stopped, AT, "客户", "zh");
        assertTrue(zh.text().contains("web-1") && zh.text().contains("¥40.00") && zh.text().contains("2026-12-18"),
                zh.text());
        RenderedMail en = mail.render(NoticeKind.PAYG_STOP_WARNING, stopped, AT, "Customer", "en");
        assertTrue(en.text().contains("Stop time") && en.text().contains("2026-12-03"), en.text());
        RenderedMail restarted = mail.render(NoticeKind.PAYG_RESTARTED, stopped, AT, "Customer", "en");
        assertTrue(restarted.text().contains("running again"), restarted.text());
    }
}
