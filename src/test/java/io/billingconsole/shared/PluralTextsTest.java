package io.billingconsole.shared;

import io.billingconsole.notice.NoticeMessages;
import io.billingconsole.overview.OverviewMessages;
import io.billingconsole.renewal.RenewalMessages;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.resource.ResourceMessages;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** English counts read "1 month", "3 months", "1 year", "2 years": never "month(s)", in any bundle. */
@QuarkusTest
class PluralTextsTest {

    private static <T> T english(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(Locales.ENGLISH));
    }

    @Test
    void durationsAndDayCountsAgreeWithTheirNumber() {
        Messages msg = english(Messages.class);
        assertEquals("1 month", msg.duration_months(1));
        assertEquals("3 months", msg.duration_months(3));
        assertEquals("1 year", msg.duration_years(1));
        assertEquals("2 years", msg.duration_years(2));
        assertEquals("3 个月", MessageBundles.get(Messages.class).duration_months(3));

        RenewalMessages renewal = english(RenewalMessages.class);
        assertEquals("1 day", renewal.days_left(1L));
        assertEquals("5 days", renewal.days_left(5L));
        assertEquals("expired 1 day ago", renewal.days_overdue(1L));
        assertEquals("On (1 month each time)", renewal.auto_renew_on(1));
        assertEquals("Expires within 1 day: renew by hand",
                renewal.auto_renew_blocked(ResourceError.AUTO_RENEW_EXPIRES_TOO_SOON, "1"));

        NoticeMessages notice = english(NoticeMessages.class);
        assertTrue(notice.notice_auto_renew_modified("ECS", "web-1", 1).contains("now renews 1 month each time"));
        assertTrue(notice.notice_auto_renew_modified("ECS", "web-1", 12).contains("now renews 12 months each time"));

        assertTrue(english(ResourceMessages.class).error_auto_renew_expires_too_soon("web-1", "1")
                .contains("expires within 1 day;"));
        OverviewMessages overview = english(OverviewMessages.class);
        assertEquals("1 day left", overview.days_to_release(1L));
        assertEquals("2 days left", overview.days_to_release(2L));
    }

    @Test
    void noBundleSaysSOrSInBrackets() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path file : files.toList()) {
                List<String> lines = Files.readAllLines(file);
                for (String line : lines) {
                    assertTrue(!line.contains("(s)"), file + ": " + line);
                }
            }
        }
    }
}
