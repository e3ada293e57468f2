package io.billingconsole.account;

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

/** The account texts have a Chinese default and an English translation each, with the same parameters. */
class AccountMessagesSyncTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(?:#when )?([a-zA-Z][a-zA-Z0-9_]*)");

    @Test
    void everyKeyIsTranslatedWithTheSameParameters() throws IOException {
        Map<String, String> chinese = Arrays.stream(AccountMessages.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Message.class))
                .collect(Collectors.toMap(Method::getName, m -> m.getAnnotation(Message.class).value()));
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/acct_en.properties")) {
            assertNotNull(in, "messages/acct_en.properties is on the class path");
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertEquals(new TreeSet<>(chinese.keySet()), new TreeSet<>(english.stringPropertyNames()));
        for (Map.Entry<String, String> zh : chinese.entrySet()) {
            String en = english.getProperty(zh.getKey());
            assertTrue(!en.isBlank(), "blank English text for " + zh.getKey());
            assertEquals(parameters(zh.getValue()), parameters(en), "parameters of " + zh.getKey());
        }
    }

    private static Set<String> parameters(String template) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
