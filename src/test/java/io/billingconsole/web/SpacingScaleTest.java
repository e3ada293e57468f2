package io.billingconsole.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One spacing scale: in the console's own style sheet every margin, padding and gap is 0, auto or one
 * of {@code --s1..--s6}. (The responsive block and what follows it are checked by the layout test.)
 */
class SpacingScaleTest {

    private static final Pattern SPACING = Pattern.compile(
            "(?<![-\\w])(margin|padding|gap|row-gap|column-gap|margin-[a-z]+|padding-[a-z]+)\\s*:\\s*([^;}]+)");
    private static final Pattern ALLOWED = Pattern.compile("0|auto|var\\(--s[1-6]\\)");

    @Test
    void everySpacingIsOnTheScale() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/META-INF/resources/static/console.css"));
        int end = css.indexOf("/* ---- issue 9: one responsive layout ----");
        assertTrue(end > 0, "the responsive block's heading");
        String own = css.substring(0, end).replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> off = new ArrayList<>();
        Matcher m = SPACING.matcher(own);
        int found = 0;
        while (m.find()) {
            found++;
            for (String value : m.group(2).trim().split("\\s+")) {
                if (!ALLOWED.matcher(value).matches()) {
                    off.add(m.group());
                }
            }
        }
        assertTrue(found > 30, "spacings found: " + found);
        assertEquals(List.of(), off, "spacings off the --s1..--s6 scale");
    }
}
