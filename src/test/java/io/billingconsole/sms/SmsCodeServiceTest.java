package io.billingconsole.sms;

import io.billingconsole.account.AccountService;
import io.billingconsole.clock.TestClock;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.ErrorCode;
import io.billingconsole.support.Fixtures.Customer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.billingconsole.sms.SmsPurpose.WITHDRAWAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SMS codes against the real database and the sandbox sender: single use, 5 minutes on the business
 * clock, 5 wrong tries, only the newest code to the account's current phone, one code a minute per
 * phone, and no two winners when requests race.
 */
@QuarkusTest
class SmsCodeServiceTest {

    /** Where the test clock stands while a test runs: no daily sweep falls within the minutes moved. */
    private static final Instant NOON = OffsetDateTime.parse("2018-03-14T12:00:00+08:00").toInstant();

    @Inject
    SmsCodeService codes;

    @Inject
    SmsBooks books;

    @Inject
    AccountService accounts;

    @Inject
    TestClock clock;

    @BeforeEach
    void pinTheClock() {
        clock.moveTo(NOON);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theRightCodeIsAcceptedOnceAndOnlyItsHashIsStored() {
        String phone = books.newPhone();
        Customer me = books.customerWithPhone(phone);

        SmsCodeService.Sent sent = codes.send(me.accountId(), WITHDRAWAL);

        assertEquals(phone.substring(0, 3) + "****" + phone.substring(7), sent.phone());
        assertEquals(clock.now().plus(Duration.ofMinutes(5)).getEpochSecond(), sent.expiresAt().getEpochSecond(), 2);
        assertEquals(clock.now().plus(Duration.ofMinutes(1)).getEpochSecond(), sent.resendAfter().getEpochSecond(), 2);
        String text = books.texts(phone).get(0);
        String code = books.lastCode(phone);
        assertEquals("【费用与成本中心】您的提现验证码为 " + code + "，5 分钟内有效。请勿告诉他人。", text);

        List<Object[]> rows = books.codeRows(me.accountId());
        assertEquals(1, rows.size());
        String hash = (String) rows.get(0)[0];
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(SmsCode.hash(code), hash);
        assertFalse(hash.contains(code), "the code itself is not stored");
        assertEquals(phone, rows.get(0)[1]);

        codes.consume(me.accountId(), WITHDRAWAL, code);
        refused(SmsError.SMS_CODE_USED, () -> codes.consume(me.accountId(), WITHDRAWAL, code));
    }

    @Test
    void aCodeIsValidFiveMinutesOnTheBusinessClock() {
        String phone = books.newPhone();
        Customer me = books.customerWithPhone(phone);
        codes.send(me.accountId(), WITHDRAWAL);
        String first = books.lastCode(phone);
        clock.moveTo(NOON.plus(Duration.ofSeconds(4 * 60 + 55)));
        codes.consume(me.accountId(), WITHDRAWAL, first);

        codes.send(me.accountId(), WITHDRAWAL);
        String second = books.lastCode(phone);
        clock.moveTo(clock.now().plus(Duration.ofSeconds(5 * 60 + 1)));
        refused(SmsError.SMS_CODE_EXPIRED, () -> codes.consume(me.accountId(), WITHDRAWAL, second));
    }

    @Test
    void theFifthWrongTryBurnsTheCodeAndTriesCountEvenWhenTheCallerRollsBack() {
        String phone = books.newPhone();
        Customer me = books.customerWithPhone(phone);
        codes.send(me.accountId(), WITHDRAWAL);
        String code = books.lastCode(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";

        // not 6 digits: refused, but no try is counted
        DomainException malformed = refused(SmsError.SMS_CODE_INVALID, () -> codes.consume(me.accountId(), WITHDRAWAL, "12345"));
        assertEquals(List.of("5"), malformed.args());
        refused(SmsError.SMS_CODE_INVALID, () -> codes.consume(me.accountId(), WITHDRAWAL, "１２３４５６"));
        refused(SmsError.SMS_CODE_INVALID, () -> codes.consume(me.accountId(), WITHDRAWAL, null));

        // a caller that holds the account's row lock (as a withdrawal does) and whose transaction
        // rolls back after the refusal: the try is kept
        assertThrows(DomainException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            accounts.setPhone(me.accountId(), phone);
            codes.consume(me.accountId(), WITHDRAWAL, wrong);
        }));
        assertEquals(1, books.codeRows(me.accountId()).get(0)[2]);
        for (String left : List.of("3", "2", "1")) {
            DomainException refusal = refused(SmsError.SMS_CODE_INVALID, () -> codes.consume(me.accountId(), WITHDRAWAL, wrong));
            assertEquals(List.of(left), refusal.args());
        }
        refused(SmsError.SMS_CODE_TOO_MANY_TRIES, () -> codes.consume(me.accountId(), WITHDRAWAL, wrong));
        refused(SmsError.SMS_CODE_TOO_MANY_TRIES, () -> codes.consume(me.accountId(), WITHDRAWAL, code));
        assertEquals(5, books.codeRows(me.accountId()).get(0)[2]);
    }

    @Test
    void anotherAccountsCodeAndACodeSentToAnOldPhoneAreRefused() {
        String phone = books.newPhone();
        Customer me = books.customerWithPhone(phone);
        String otherPhone = books.newPhone();
        Customer other = books.customerWithPhone(otherPhone);
        codes.send(me.accountId(), WITHDRAWAL);
        String mine = books.lastCode(phone);

        refused(SmsError.SMS_CODE_NOT_SENT, () -> codes.consume(other.accountId(), WITHDRAWAL, mine));
        codes.send(other.accountId(), WITHDRAWAL);
        if (!mine.equals(books.lastCode(otherPhone))) {   // one in a million, the two codes are the same
            refused(SmsError.SMS_CODE_INVALID, () -> codes.consume(other.accountId(), WITHDRAWAL, mine));
        }

        accounts.setPhone(me.accountId(), books.newPhone());
        refused(SmsError.SMS_CODE_NOT_SENT, () -> codes.consume(me.accountId(), WITHDRAWAL, mine));
        accounts.setPhone(me.accountId(), phone.substring(0, 3) + " " + phone.substring(3, 7) + "-" + phone.substring(7));
        codes.consume(me.accountId(), WITHDRAWAL, mine);                // the same phone, written otherwise
    }

    @Test
    void onePhoneGetsOneCodeAMinuteAndANewCodeEndsTheOldOne() {
        String phone = books.newPhone();
        Customer me = books.customerWithPhone(phone);
        codes.send(me.accountId(), WITHDRAWAL);
        String old = books.lastCode(phone);

        clock.moveTo(NOON.plus(Duration.ofSeconds(20)));
        DomainException soon = refused(SmsError.SMS_TOO_SOON, () -> codes.send(me.accountId(), WITHDRAWAL));
        int seconds = Integer.parseInt(soon.args().get(0));
        assertTrue(seconds > 30 && seconds <= 60, "40 seconds to wait, give or take the time the test takes: " + seconds);
        Customer sameFamily = books.customerWithPhone(phone);
        refused(SmsError.SMS_TOO_SOON, () -> codes.send(sameFamily.accountId(), WITHDRAWAL));
        assertEquals(1, books.texts(phone).size(), "nothing more was sent");

        clock.moveTo(NOON.plus(Duration.ofSeconds(61)));
        codes.send(me.accountId(), WITHDRAWAL);
        String fresh = books.lastCode(phone);
        assertEquals(2, books.texts(phone).size());
        if (!fresh.equals(old)) {                                       // one in a million, the same digits again
            refused(SmsError.SMS_CODE_INVALID, () -> codes.consume(me.accountId(), WITHDRAWAL, old));
        }
        codes.consume(me.accountId(), WITHDRAWAL, fresh);
    }

    @Test
    void ofManyConsumesOfOneCodeAtOnceExactlyOneSucceeds() throws Exception {
        String phone = books.newPhone();
        Customer me = books.customerWithPhone(phone);
        codes.send(me.accountId(), WITHDRAWAL);
        String code = books.lastCode(phone);

        List<String> outcomes = runAtOnce(8, () -> {
            try {
                codes.consume(me.accountId(), WITHDRAWAL, code);
                return "OK";
            } catch (DomainException e) {
                return e.code().name();
            }
        });

        assertEquals(1, outcomes.stream().filter("OK"::equals).count(), outcomes.toString());
        assertEquals(7, outcomes.stream().filter("SMS_CODE_USED"::equals).count(), outcomes.toString());
    }

    @Test
    void ofManySendsToOnePhoneAtOnceExactlyOneGoesOut() throws Exception {
        String phone = books.newPhone();
        Customer me = books.customerWithPhone(phone);

        List<String> outcomes = runAtOnce(8, () -> {
            try {
                codes.send(me.accountId(), WITHDRAWAL);
                return "OK";
            } catch (DomainException e) {
                return e.code().name();
            }
        });

        assertEquals(1, outcomes.stream().filter("OK"::equals).count(), outcomes.toString());
        assertEquals(7, outcomes.stream().filter("SMS_TOO_SOON"::equals).count(), outcomes.toString());
        assertEquals(1, books.codeRows(me.accountId()).size());
        assertEquals(1, books.texts(phone).size());
    }

    @Test
    void aFailedSendStoresNoCodeAndAnAccountWithoutPhoneGetsNone() {
        Customer unlucky = books.customerWithPhone("139 0000 9999");   // billing.sms.sandbox.fail-phones in tests
        refused(SmsError.SMS_SEND_FAILED, () -> codes.send(unlucky.accountId(), WITHDRAWAL));
        assertEquals(List.of(), books.codeRows(unlucky.accountId()));
        assertEquals(List.of(), books.texts("13900009999"));
        refused(SmsError.SMS_CODE_NOT_SENT, () -> codes.consume(unlucky.accountId(), WITHDRAWAL, "123456"));

        Customer noPhone = books.customerWithPhone(null);
        refused(SmsError.PHONE_MISSING, () -> codes.send(noPhone.accountId(), WITHDRAWAL));
        assertEquals(List.of(), books.codeRows(noPhone.accountId()));
    }

    @Test
    void anEnglishAccountGetsItsCodeInEnglish() {
        String phone = books.newPhone();
        Customer me = books.customerWithPhone(phone);
        books.english(me);
        codes.send(me.accountId(), WITHDRAWAL);
        String code = books.lastCode(phone);
        assertEquals("[Billing & cost console] Your withdrawal verification code is " + code
                + ", valid for 5 minutes. Do not share it with anyone.", books.texts(phone).get(0));
    }

    private static DomainException refused(ErrorCode expected, Executable action) {
        DomainException refusal = assertThrows(DomainException.class, action);
        assertEquals(expected, refusal.code(), refusal.getMessage());
        return refusal;
    }

    /** Starts every task on its own thread, releases them together and collects the results. */
    private static <T> List<T> runAtOnce(int count, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
