package io.billingconsole.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package rules of the README's architecture section, checked on the sources so that they stay
 * true as features are added: {@code shared} depends on no feature; pages and APIs call services
 * only (no persistence, SQL or transactions of their own); only the web layer depends on web code.
 */
class ArchitectureTest {

    private static final Path ROOT = Path.of("src/main/java/io/billingconsole");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.billingconsole\\.([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern PERSISTENCE = Pattern.compile(
            "EntityManager|createNativeQuery|createQuery|@Transactional|import jakarta\\.persistence|import io\\.quarkus\\.hibernate");
    private static final String FINDERS = "\\.(?:find|findById|findAll|list|listAll|count|stream|streamAll|persist|delete|deleteAll|update)\\(";

    @Test
    void sharedImportsNoFeature() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources(ROOT.resolve("shared"))) {
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                if (!m.group(1).startsWith("shared.")) {
                    found.add(ROOT.relativize(file) + " imports " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void pagesAndApisCallServicesOnly() throws IOException {
        List<String> entities = new ArrayList<>();
        for (Path file : sources(ROOT)) {
            if (Files.readString(file).contains("@Entity")) {
                entities.add(file.getFileName().toString().replace(".java", ""));
            }
        }
        assertTrue(entities.size() >= 8, "found only the entities " + entities);
        // a Panache finder on an entity, or an entity's own persist/delete
        Pattern finders = Pattern.compile("\\b(?:" + String.join("|", entities) + ")" + FINDERS
                + "|\\.persist(?:AndFlush)?\\(\\)|\\.delete\\(\\)");
        List<String> found = new ArrayList<>();
        int checked = 0;
        for (Path file : sources(ROOT)) {
            String name = file.getFileName().toString();
            if (!name.endsWith("Page.java") && !name.endsWith("Api.java")) {
                continue;
            }
            checked++;
            String text = Files.readString(file);
            for (Pattern rule : List.of(PERSISTENCE, finders)) {
                Matcher m = rule.matcher(text);
                while (m.find()) {
                    found.add(ROOT.relativize(file) + ": " + m.group());
                }
            }
        }
        assertTrue(checked >= 15, "found only " + checked + " pages and APIs: is the source root right?");
        assertEquals(List.of(), found);
    }

    @Test
    void onlyTheWebLayerDependsOnWebCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources(ROOT)) {
            String name = file.getFileName().toString();
            String path = ROOT.relativize(file).toString().replace('\\', '/');
            boolean web = path.startsWith("web/") || path.contains("/web/")
                    || name.endsWith("Page.java") || name.endsWith("Api.java");
            if (web) {
                continue;
            }
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                if (m.group(1).startsWith("web.") || m.group(1).contains(".web.")) {
                    found.add(path + " imports " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static List<Path> sources(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
