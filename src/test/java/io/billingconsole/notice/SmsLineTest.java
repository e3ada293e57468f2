package io.billingconsole.notice;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a notice's sentence is cut for a text message that would be too long: after its first sentence. */
class SmsLineTest {

    @Test
    void theFirstSentenceEndsAtTheFirstFullStop() {
        assertEquals("云服务器「web-1」自动续费扣款失败：需支付 ¥99.00，账户余额还差 ¥40.00。",
                NoticeTexts.firstSentence("云服务器「web-1」自动续费扣款失败：需支付 ¥99.00，账户余额还差 ¥40.00。系统将于明天再次尝试。"));
        assertEquals("Your ECS \"web-1\" expires at 2017-03-17 00:00 (7 days left).",
                NoticeTexts.firstSentence("Your ECS \"web-1\" expires at 2017-03-17 00:00 (7 days left). Please renew it in time."));
        assertEquals("Amounts like ¥1.50 stay whole.", NoticeTexts.firstSentence("Amounts like ¥1.50 stay whole."),
                "a decimal point is no full stop, and one sentence stays as it is");
    }
}
