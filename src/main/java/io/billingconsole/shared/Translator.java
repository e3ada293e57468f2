package io.billingconsole.shared;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders an {@link ErrorCode}'s message in the user's language, for the API and for page errors;
 * the text is in the bundle the code names ({@link ErrorCode#messages()}).
 */
@ApplicationScoped
public class Translator {

    private final Map<ErrorCode, Method> methods = new ConcurrentHashMap<>();

    public String message(DomainException error, Locale locale) {
        return message(error.code(), locale, error.args().toArray(String[]::new));
    }

    public String message(ErrorCode code, Locale locale, String... args) {
        Method method = methods.computeIfAbsent(code, Translator::methodFor);
        Object[] values = Arrays.copyOf(args, method.getParameterCount(), Object[].class);
        for (int i = args.length; i < values.length; i++) {
            values[i] = "";
        }
        try {
            return (String) method.invoke(bundle(code.messages(), locale), values);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot render message " + code.messageKey(), e);
        }
    }

    /** The message bundle {@code type} in the given language (English, or the Chinese default). */
    public static <T> T bundle(Class<T> type, Locale locale) {
        return Locales.ENGLISH.equals(locale.getLanguage())
                ? MessageBundles.get(type, Localized.Literal.of(Locales.ENGLISH))
                : MessageBundles.get(type);
    }

    static Method methodFor(ErrorCode code) {
        return Arrays.stream(code.messages().getMethods())
                .filter(m -> m.getName().equals(code.messageKey()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no message for " + code));
    }
}
