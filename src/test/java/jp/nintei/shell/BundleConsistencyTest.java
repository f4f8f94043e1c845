package jp.nintei.shell;

import jp.nintei.ui.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI string exists in Japanese and English, and every %key an FXML view uses exists. */
class BundleConsistencyTest {

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream("/jp/nintei/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> ja = new TreeSet<>(bundle("messages_ja.properties").stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ja);
        Set<String> onlyJa = new TreeSet<>(ja);
        onlyJa.removeAll(en);
        assertEquals(Set.of(), onlyEn, "missing in messages_ja.properties");
        assertEquals(Set.of(), onlyJa, "missing in messages.properties");
    }

    @Test
    void everyKeyUsedInFxmlExists() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        Pattern use = Pattern.compile("\"%([\\w.]+)\"");
        Set<String> missing = new TreeSet<>();
        int used = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path fxml : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                Matcher m = use.matcher(Files.readString(fxml));
                while (m.find()) {
                    used++;
                    if (!keys.contains(m.group(1))) {
                        missing.add(fxml.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(used > 50, "the views use bundle keys");
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyKeyUsedInJavaExists() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        Pattern use = Pattern.compile("\"((?:status|error|jobs|messages|reviews|pending|dashboard|export|about|gauge|"
                + "margin|needed|target|check|list|import|backup|restore|startup)\\.[\\w.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path java : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(java));
                while (m.find()) {
                    String key = m.group(1);
                    // "status.imported." + kind: a prefix that some keys must complete
                    boolean found = key.endsWith(".") ? keys.stream().anyMatch(k -> k.startsWith(key))
                            : keys.contains(key);
                    if (!found) {
                        missing.add(java.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
