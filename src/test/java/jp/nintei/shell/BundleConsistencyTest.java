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

    /**
     * Dotted names in the Java sources that are not bundle keys: system properties, settings, preferences, a table.
     * Every other literal that looks like a key ("status.undone", "table.empty.") must be one (or a prefix of some):
     * a misspelt key cannot pass, whatever its prefix.
     */
    static final Set<String> NOT_KEYS = Set.of("os.name", "os.arch", "org.sqlite.tmpdir", "org.sqlite", "nintei.db", "user.home",
            "java.io.tmpdir", "file.encoding", "stdout.encoding", "org.sqlite.lib.path", "org.sqlite.lib.name", "jp.nintei.i18n.messages", "temp.incoming",
            "window.x", "window.y", "window.width", "window.height", "window.maximized", "reminders.enabled",
            "reminders.leadMinutes", "reminders.keepReminding", "jp.nintei.engine.runs",
            "verified.phone", "verified.nda", "verified.identity", "earnings.cutoff", "earnings.category",
            // keys of a rule profile file
            "name.en", "name.ja", "about.en", "about.ja", "label.en", "label.ja",
            // file system types (store.SharedFolders)
            "fuse.sshfs", "fuse.davfs2", "fuse.rclone",
            // more keys of a rule profile file, and an example of a mistyped setting
            "source.en", "source.ja", "sources.en", "sources.ja", "earnings.cutof",
            // system properties, JavaFX modules (shell.ModularStart), a column's own property (ui.FittedColumns)
            "java.class.path", "java.home", "javafx.controls", "javafx.fxml", "javafx.graphics", "nintei.widest",
            // the logger the store tells each read and write to (store.Database)
            "jp.nintei.store.access");

    @Test
    void everyKeyUsedInJavaExists() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z][a-zA-Z0-9]*)+\\.?)\"");
        // keyPrefix() + ".added": the screens' own keys, for each screen
        Pattern suffix = Pattern.compile("keyPrefix\\(\\) \\+ \"(\\.[\\w.]+)\"");
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path java : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(java);
                Matcher m = literal.matcher(source);
                while (m.find()) {
                    String key = m.group(1);
                    if (NOT_KEYS.contains(key)) {
                        continue;
                    }
                    checked++;
                    // "status.imported." + kind: a prefix that some keys must complete
                    boolean found = key.endsWith(".") ? keys.stream().anyMatch(k -> k.startsWith(key))
                            : keys.contains(key);
                    if (!found) {
                        missing.add(java.getFileName() + ": " + key);
                    }
                }
                Matcher s = suffix.matcher(source);
                while (s.find()) {
                    for (String screen : new String[] {"jobs", "messages", "reviews"}) {
                        checked++;
                        if (!keys.contains(screen + s.group(1))) {
                            missing.add(java.getFileName() + ": " + screen + s.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(checked > 150, "the sources use bundle keys: " + checked);
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyKeyOfTheBundleIsUsedSomewhere() throws IOException {
        // the other direction: a key no source names is a misspelling's twin, or dead
        Set<String> keys = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml")).toList()) {
                sources.append(Files.readString(f));
            }
        }
        String all = sources.toString();
        Set<String> unused = new TreeSet<>();
        for (String key : keys) {
            boolean named = all.contains("\"" + key + "\"") || all.contains("%" + key + "\"");
            // keys completed at run time: "status.imported." + kind, keyPrefix() + ".added", "csv.expected.…"
            for (int dot = key.indexOf('.'); !named && dot > 0; dot = key.indexOf('.', dot + 1)) {
                named = all.contains("\"" + key.substring(0, dot + 1) + "\"")
                        || all.contains("\"" + key.substring(dot) + "\"");
            }
            if (!named) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "keys no source uses");
    }

    /** Every {n} of a text is in both languages: a value given in one is never lost, or wanted, in the other. */
    @Test
    void placeholdersAgreeAcrossLanguages() throws IOException {
        Properties en = bundle("messages.properties");
        Properties ja = bundle("messages_ja.properties");
        Pattern placeholder = Pattern.compile("\\{(\\d+)[,}]");
        Set<String> differ = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            Set<String> inEnglish = new TreeSet<>();
            Set<String> inJapanese = new TreeSet<>();
            placeholder.matcher(en.getProperty(key)).results().forEach(m -> inEnglish.add(m.group(1)));
            placeholder.matcher(ja.getProperty(key, "")).results().forEach(m -> inJapanese.add(m.group(1)));
            // an English count used only to choose a plural ("1 column|2 columns") may go unsaid in Japanese
            String english = en.getProperty(key);
            Set<String> missing = new TreeSet<>(inEnglish);
            missing.removeAll(inJapanese);
            missing.removeIf(n -> !english.contains("{" + n + "}") && !english.contains("{" + n + ",number")
                    && english.contains("{" + n + ",choice"));
            if (!inEnglish.containsAll(inJapanese) || !missing.isEmpty()) {
                differ.add(key + ": " + inEnglish + " / " + inJapanese);
            }
        }
        assertEquals(Set.of(), differ);
    }

    /**
     * Japanese values that are English words only — an untranslated sentence a Japanese user would meet. A value may
     * be Latin letters where it is a name, a code or a format; those are listed here.
     */
    static final Set<String> LATIN_IN_JAPANESE = Set.of("app.title", "text.verbatim", "text.joined", "value.field",
            "list.separator", "startup.title", "cli.usage.synopsis", "format.monthDay", "language.en", "about.title",
            "column.id", "backup.fileName", "export.fileName");

    @Test
    void noEnglishSentenceIsLeftInTheJapaneseBundle() throws IOException {
        Properties ja = bundle("messages_ja.properties");
        Pattern japanese = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
        Pattern englishWords = Pattern.compile("[A-Za-z]{2,}(?:[ ,.;:'-]+[A-Za-z]{2,}){2,}");
        Set<String> english = new TreeSet<>();
        for (String key : ja.stringPropertyNames()) {
            String value = ja.getProperty(key).replaceAll("\\{[^}]*}", " ");
            if (LATIN_IN_JAPANESE.contains(key)) {
                continue;
            }
            if (!japanese.matcher(value).find() && englishWords.matcher(value).find()) {
                english.add(key + "=" + ja.getProperty(key));
            }
        }
        assertEquals(Set.of(), english);
    }
}
