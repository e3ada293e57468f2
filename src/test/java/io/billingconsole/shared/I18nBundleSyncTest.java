package io.billingconsole.shared;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message has a Chinese default and an English translation, with the same parameters. */
class I18nBundleSyncTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(?:#when )?([a-zA-Z][a-zA-Z0-9_]*)");

    @Test
    void everyKeyHasAnEnglishTranslationAndNoTranslationIsStale() throws IOException {
        Set<String> chinese = chinese().keySet();
        Set<String> english = english().stringPropertyNames();

        Set<String> missing = new TreeSet<>(chinese);
        missing.removeAll(english);
        Set<String> stale = new TreeSet<>(english);
        stale.removeAll(chinese);

        assertEquals(Set.of(), missing, "keys missing from msg_en.properties");
        assertEquals(Set.of(), stale, "keys in msg_en.properties that Messages no longer has");
    }

    @Test
    void translationsAreNotBlankAndUseTheSameParameters() throws IOException {
        Properties english = english();
        for (Map.Entry<String, String> zh : chinese().entrySet()) {
            String en = english.getProperty(zh.getKey());
            if (en == null) {
                continue; // reported by the other test
            }
            assertTrue(!en.isBlank(), "blank English text for " + zh.getKey());
            assertEquals(parameters(zh.getValue()), parameters(en), "parameters of " + zh.getKey());
        }
    }

    @Test
    void everyErrorCodeHasAMessage() throws IOException {
        Set<String> keys = chinese().keySet();
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(keys.contains(code.messageKey()), "no message for " + code);
        }
    }

    private static Map<String, String> chinese() {
        return Arrays.stream(Messages.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Message.class))
                .collect(Collectors.toMap(Method::getName, m -> m.getAnnotation(Message.class).value()));
    }

    private static Properties english() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundleSyncTest.class.getResourceAsStream("/messages/msg_en.properties")) {
            assertNotNull(in, "messages/msg_en.properties is on the class path");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The names a message refers to: {name}, {name.property}, {#when name}; not the {#is VALUE} cases. */
    private static Set<String> parameters(String template) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
