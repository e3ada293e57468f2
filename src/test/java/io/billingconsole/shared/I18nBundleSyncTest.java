package io.billingconsole.shared;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every message bundle of the console (every {@code @MessageBundle} interface under
 * {@code io.billingconsole}, found by scanning the compiled classes): each message has a Chinese
 * default and an English translation in {@code messages/<name>_en.properties}, with the same
 * parameters, and no English text is left over. Every error code (every enum implementing
 * {@link ErrorCode}) has its text in its own feature's bundle, and no two share a name.
 */
class I18nBundleSyncTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(?:#when )?([a-zA-Z][a-zA-Z0-9_]*)");

    @Test
    void theScanFindsTheBundlesAndErrorCodes() throws Exception {
        Set<String> bundles = bundles().stream().map(Class::getName).collect(Collectors.toSet());
        assertTrue(bundles.containsAll(Set.of(Messages.class.getName(), "io.billingconsole.account.AccountMessages",
                "io.billingconsole.order.OrderMessages")), "bundles found: " + bundles);
        Set<String> codes = errorCodeEnums().stream().map(Class::getName).collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of(CommonError.class.getName(), "io.billingconsole.account.AccountError",
                "io.billingconsole.order.OrderError")), "error code enums found: " + codes);
    }

    @Test
    void everyBundleHasItsOwnNameAndAnEnglishFile() throws Exception {
        Map<String, Class<?>> byName = new HashMap<>();
        for (Class<?> bundle : bundles()) {
            Class<?> other = byName.put(name(bundle), bundle);
            assertNull(other, "bundle name " + name(bundle) + " used by " + bundle + " and " + other);
            english(bundle);
        }
    }

    @Test
    void everyKeyHasAnEnglishTranslationAndNoTranslationIsStale() throws Exception {
        for (Class<?> bundle : bundles()) {
            Set<String> chinese = chinese(bundle).keySet();
            Set<String> english = english(bundle).stringPropertyNames();

            Set<String> missing = new TreeSet<>(chinese);
            missing.removeAll(english);
            Set<String> stale = new TreeSet<>(english);
            stale.removeAll(chinese);

            assertEquals(Set.of(), missing, "keys missing from " + file(bundle));
            assertEquals(Set.of(), stale,
                    "keys in " + file(bundle) + " that " + bundle.getSimpleName() + " no longer has");
        }
    }

    @Test
    void translationsAreNotBlankAndUseTheSameParameters() throws Exception {
        for (Class<?> bundle : bundles()) {
            Properties english = english(bundle);
            for (Map.Entry<String, String> zh : chinese(bundle).entrySet()) {
                String key = name(bundle) + ":" + zh.getKey();
                assertTrue(!zh.getValue().isBlank(), "blank Chinese text for " + key);
                String en = english.getProperty(zh.getKey());
                if (en == null) {
                    continue; // reported by the other test
                }
                assertTrue(!en.isBlank(), "blank English text for " + key);
                assertEquals(parameters(zh.getValue()), parameters(en), "parameters of " + key);
            }
        }
    }

    @Test
    void everyErrorCodeHasAMessageInItsFeaturesBundle() throws Exception {
        Set<Class<?>> bundles = Set.copyOf(bundles());
        for (Class<?> type : errorCodeEnums()) {
            for (Object constant : type.getEnumConstants()) {
                ErrorCode code = (ErrorCode) constant;
                Class<?> bundle = code.messages();
                assertTrue(bundles.contains(bundle), code + ": " + bundle + " is not a message bundle");
                assertEquals(type.getPackageName(), bundle.getPackageName(),
                        code + ": the text belongs in the bundle of the feature that has the code");
                assertTrue(chinese(bundle).containsKey(code.messageKey()), "no message for " + code + " in " + bundle);
                assertNotNull(english(bundle).getProperty(code.messageKey()),
                        "no English message for " + code + " in " + file(bundle));
            }
        }
    }

    @Test
    void errorCodeNamesAreUniqueAcrossFeatures() throws Exception {
        Map<String, Class<?>> owners = new HashMap<>();
        for (Class<?> type : errorCodeEnums()) {
            for (Object constant : type.getEnumConstants()) {
                String name = ((ErrorCode) constant).name();
                Class<?> other = owners.put(name, type);
                assertNull(other, "the API code " + name + " is defined by " + type + " and " + other);
            }
        }
    }

    /** Every class compiled from src/main/java, loaded without initialising it. */
    private static List<Class<?>> mainClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(ErrorCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ClassLoader loader = I18nBundleSyncTest.class.getClassLoader();
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.map(root::relativize).map(Path::toString)
                    .filter(f -> f.endsWith(".class") && f.startsWith("io"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .filter(n -> n.startsWith("io.billingconsole."))
                    .sorted()
                    .toList();
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            classes.add(Class.forName(name, false, loader));
        }
        return classes;
    }

    private static List<Class<?>> bundles() throws Exception {
        return mainClasses().stream()
                .filter(c -> c.isInterface() && c.isAnnotationPresent(MessageBundle.class))
                .toList();
    }

    private static List<Class<?>> errorCodeEnums() throws Exception {
        return mainClasses().stream()
                .filter(c -> c.isEnum() && ErrorCode.class.isAssignableFrom(c))
                .toList();
    }

    private static String name(Class<?> bundle) {
        return bundle.getAnnotation(MessageBundle.class).value();
    }

    private static String file(Class<?> bundle) {
        return "messages/" + name(bundle) + "_en.properties";
    }

    private static Map<String, String> chinese(Class<?> bundle) {
        return Arrays.stream(bundle.getMethods())
                .filter(m -> m.isAnnotationPresent(Message.class))
                .collect(Collectors.toMap(Method::getName, m -> m.getAnnotation(Message.class).value()));
    }

    private static Properties english(Class<?> bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundleSyncTest.class.getResourceAsStream("/" + file(bundle))) {
            assertNotNull(in, file(bundle) + " is on the class path");
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
