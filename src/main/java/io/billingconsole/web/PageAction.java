package io.billingconsole.web;

import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Translator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one shape of a page's form POST: call the service; on success answer 303 to the result (the
 * {@code Location} is made relative by {@link SecurityHeaders}); on a refusal show the form again with
 * the translated reason and the refusal's status; a 404-type refusal (the thing is not there, or not
 * the user's) is thrown on, so that it becomes the plain 404 page.
 *
 * <pre>
 * return action.run(() -&gt; { orders.pay(accountId, id); return "/orders/" + id + "?done=paid"; },
 *         error -&gt; Templates.detail(view(id, error)));
 * </pre>
 */
@ApplicationScoped
public class PageAction {

    private final Translator translator;
    private final RequestLocale locale;

    @Inject
    public PageAction(Translator translator, RequestLocale locale) {
        this.translator = translator;
        this.locale = locale;
    }

    /**
     * @param action calls the service and returns where to go on success, a path such as {@code /orders/7?done=paid}
     * @param form   renders the form again with the reason (the refusal's message in the user's language)
     */
    public <T> Response run(Supplier<String> action, Function<String, T> form) {
        return run(action, form, (refusal, answer) -> {
        });
    }

    /** As {@link #run(Supplier, Function)}; {@code headers} may add headers to a refusal's answer (e.g. Retry-After). */
    public <T> Response run(Supplier<String> action, Function<String, T> form,
                            BiConsumer<DomainException, Response.ResponseBuilder> headers) {
        String target;
        try {
            target = action.get();
        } catch (DomainException refusal) {
            int status = refusal.code().httpStatus();
            if (status == Response.Status.NOT_FOUND.getStatusCode()) {
                throw refusal;
            }
            Response.ResponseBuilder answer = Response.status(status)
                    .entity(form.apply(translator.message(refusal, locale.get())));
            headers.accept(refusal, answer);
            return answer.build();
        }
        return Response.seeOther(URI.create(target)).build();
    }
}
