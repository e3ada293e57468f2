package io.billingconsole.web;

import io.billingconsole.account.AccountError;
import io.billingconsole.order.OrderError;
import io.billingconsole.resource.ResourceError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Translator;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one shape of a page action, without a server: 303 on success, the form again on a refusal, 404 thrown on. */
class PageActionTest {

    private final List<String> forms = new ArrayList<>();

    private final PageAction action = new PageAction(new Translator() {
        @Override
        public String message(DomainException error, Locale locale) {
            return locale.getLanguage() + ":" + error.code() + ":" + String.join(",", error.args());
        }
    }, new RequestLocale() {
        @Override
        public Locale get() {
            return Locale.ENGLISH;
        }
    });

    @Test
    void successAnswers303ToTheResultWithoutRenderingTheForm() {
        Response answer = action.run(() -> "/orders/7?done=paid", this::form);

        assertEquals(303, answer.getStatus());
        assertTrue(answer.getLocation().toString().endsWith("/orders/7?done=paid"), answer.getLocation().toString());
        assertEquals(List.of(), forms);
    }

    @Test
    void refusalShowsTheFormAgainWithTheTranslatedReasonAndItsStatus() {
        Response answer = action.run(() -> {
            throw new DomainException(ResourceError.INVALID_DURATION, "5", "1, 3, 6");
        }, this::form);

        assertEquals(400, answer.getStatus());
        assertEquals("form with en:INVALID_DURATION:5,1, 3, 6", answer.getEntity());
        assertEquals(List.of("en:INVALID_DURATION:5,1, 3, 6"), forms);
        assertEquals(null, answer.getLocation());
    }

    @Test
    void refusalMayAddHeaders() {
        Response answer = action.run(() -> {
            throw new DomainException(AccountError.TOO_MANY_LOGIN_ATTEMPTS, "60");
        }, this::form, (refusal, builder) -> builder.header("Retry-After", refusal.args().get(0)));

        assertEquals(429, answer.getStatus());
        assertEquals("60", answer.getHeaderString("Retry-After"));
    }

    @Test
    void notFoundIsThrownOnToBecomeThe404Page() {
        DomainException missing = new DomainException(OrderError.ORDER_NOT_FOUND);

        DomainException thrown = assertThrows(DomainException.class, () -> action.run(() -> {
            throw missing;
        }, this::form));

        assertSame(missing, thrown);
        assertEquals(List.of(), forms, "no form is rendered for a missing thing");
    }

    private String form(String error) {
        forms.add(error);
        return "form with " + error;
    }
}
