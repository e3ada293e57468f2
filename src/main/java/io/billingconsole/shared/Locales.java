package io.billingconsole.shared;

import java.util.List;
import java.util.Locale;

/** The two languages of the console: Simplified Chinese (default) and English. */
public final class Locales {

    public static final String CHINESE = "zh";
    public static final String ENGLISH = "en";
    public static final String COOKIE = "lang";
    public static final List<String> SUPPORTED = List.of(CHINESE, ENGLISH);

    private Locales() {
    }

    /** The supported language a tag like "en-US" or "zh-CN" stands for, or null. */
    public static String supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.contains(language) ? language : null;
    }

    public static Locale of(String language) {
        return ENGLISH.equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
