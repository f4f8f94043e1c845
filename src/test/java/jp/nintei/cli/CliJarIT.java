package jp.nintei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.attribute.BasicFileAttributes;
import jp.nintei.store.LogbookStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: {@code java -jar target/nintei.jar …}. */
class CliJarIT {

    @TempDir
    Path dir;

    record Run(int code, String out) {
    }

    Run java(String... args) throws Exception {
        return javaWith(List.of("-verbose:class"), args);
    }

    Run javaWith(List<String> jvmOptions, String... args) throws Exception {
        return javaIn(Map.of(), jvmOptions, args);
    }

    /** Runs the jar with {@code env} changed: a value of "" removes the variable. */
    Run javaIn(Map<String, String> env, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", System.getProperty("nintei.jar")));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        env.forEach((name, value) -> {
            if (value.isEmpty()) {
                pb.environment().remove(name);
            } else {
                pb.environment().put(name, value);
            }
        });
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out);
    }

    @Test
    void theWindowStartsWithJavaFxAsModulesSoNoUnsupportedConfigurationWarning() throws Exception {
        // a display that is not there: JavaFX starts, then says it cannot open it — the warning would come first
        Run window = javaIn(Map.of("DISPLAY", ":4097", "HOME", dir.toString()), List.of(), "--db",
                dir.resolve("nintei.db").toString());
        assertTrue(window.out().contains("Unable to open DISPLAY"), "JavaFX was started: " + window.out());
        assertFalse(window.out().contains("Unsupported JavaFX configuration"), window.out());
        assertTrue(window.out().contains("javafx.graphics@"), "JavaFX ran as a named module: " + window.out());
    }

    @Test
    void withoutAnyDisplayTheAppSaysSoInOneSentence() throws Exception {
        Run window = javaIn(Map.of("LANG", "C.UTF-8", "WAYLAND_DISPLAY", ""), List.of(), "--db",
                dir.resolve("nintei.db").toString());
        assertEquals(2, window.code(), window.out());
        assertEquals("nintei: there is no screen to open the window on (DISPLAY is not set). Start the app in a "
                + "desktop session; the commands work anywhere: nintei --help\n", window.out());
        assertFalse(Files.exists(dir.resolve("nintei.db")), "nothing created");
    }

    @Test
    void headlessCommandsRunWithoutStartingTheJavaFxToolkit() throws Exception {
        Path db = dir.resolve("nintei.db");
        Path jobs = dir.resolve("jobs.csv");
        Files.writeString(jobs, "title,ordered_on,status,closed_on,amount_jpy\n翻訳,2026-10-01,completed,2026-10-05,42000\n");
        Run imported = java("--db", db.toString(), "import", "jobs", jobs.toString());
        assertEquals(0, imported.code(), imported.out());
        Run summary = java("--db", db.toString(), "summary", "--as-of", "2026-11-28T18:00:00+09:00");
        assertEquals(0, summary.code(), summary.out());
        assertTrue(summary.out().contains("completion_rate,1.0000,0.9000,true,0,0"), summary.out());
        assertTrue(summary.out().contains("earnings,42000,,false,,"), summary.out());
        assertFalse(summary.out().contains("javafx.application.Platform"), "the CLI must not start JavaFX");
        assertFalse(summary.out().contains("\tat "), "no stack trace");
    }

    @Test
    void withoutAUtf8LocaleJapaneseIsPrintedAndAJapaneseFileNameGetsOneSentence() throws Exception {
        Map<String, String> noLocale = Map.of("LANG", "", "LC_ALL", "", "LC_CTYPE", "", "LC_MESSAGES", "");
        Path db = dir.resolve("nintei.db");
        Map<String, String> utf8 = Map.of("LANG", "C.UTF-8", "LC_ALL", "");
        assertEquals(0, javaIn(utf8, List.of(), "--db", db.toString(), "set", "earnings.category", "記事作成").code());
        Run get = javaIn(noLocale, List.of(), "--db", db.toString(), "get", "earnings.category");
        assertEquals("記事作成\n", get.out(), "UTF-8, not ????");
        // Japanese typed in such a shell reaches Java already lost: one sentence says what to set, nothing changes
        Run set = javaIn(noLocale, List.of(), "--db", db.toString(), "set", "earnings.category", "翻訳");
        assertEquals(2, set.code(), set.out());
        assertTrue(set.out().contains("Run it with LANG=C.UTF-8"), set.out());
        assertEquals("記事作成\n", javaIn(noLocale, List.of(), "--db", db.toString(), "get", "earnings.category").out());
        Run summary = javaIn(noLocale, List.of(), "--db", db.toString(), "summary", "--out",
                dir.resolve("進捗.csv").toString());
        assertTrue(summary.code() == 0 && Files.exists(dir.resolve("進捗.csv"))
                || summary.out().contains("LANG=C.UTF-8"), summary.out());
        assertFalse(summary.out().contains("Exception"), summary.out());
    }

    @Test
    void aSecondProcessIsToldTheLogbookIsAlreadyOpen() throws Exception {
        Path db = dir.resolve("nintei.db");
        try (var app = LogbookStore.open(db)) { // this test plays the open app
            Run run = javaWith(List.of(), "--db", db.toString(), "set", "verified.nda", "true");
            assertEquals(1, run.code(), run.out());
            assertTrue(run.out().contains("is already open in another Nintei"), run.out());
            assertEquals(false, app.settings().load().ndaSigned());
        }
        assertEquals(0, javaWith(List.of(), "--db", db.toString(), "set", "verified.nda", "true").code());
    }

    @Test
    void worksWhereTheSystemTempFolderCannotHoldTheNativeLibrary() throws Exception {
        // As on a /tmp mounted noexec: Nintei unpacks sqlite-jdbc's library into its own data folder instead.
        Run run = javaWith(List.of("-Djava.io.tmpdir=/proc/no-such-folder"), "--db", dir.resolve("a.db").toString(),
                "set", "verified.nda", "false");
        assertEquals(0, run.code(), run.out());
        // the JDK itself warns that the folder does not exist; Nintei says only what it did
        assertEquals("Set verified.nda to 'false'.", run.out().replace("WARNING: java.io.tmpdir directory does not exist\n", "").strip());
        assertTrue(Files.isDirectory(dir.resolve("xdg/nintei/native")));
        // unpacked once: later starts load the same file and write nothing (no copy under a new name each time)
        List<Path> unpacked;
        try (var files = Files.list(dir.resolve("xdg/nintei/native"))) {
            unpacked = files.toList();
        }
        assertEquals(1, unpacked.size(), unpacked.toString());
        assertTrue(unpacked.get(0).getFileName().toString().startsWith("sqlite-jdbc-"), unpacked.toString());
        Object first = Files.readAttributes(unpacked.get(0), BasicFileAttributes.class)
                .fileKey(); // a copy written again (to a temporary name, then moved) is another file
        assertEquals(0, javaWith(List.of("-Djava.io.tmpdir=/proc/no-such-folder"), "--db",
                dir.resolve("a.db").toString(), "get", "verified.nda").code());
        assertEquals(first, Files.readAttributes(unpacked.get(0),
                BasicFileAttributes.class).fileKey(), "not written again");
        try (var files = Files.list(dir.resolve("xdg/nintei/native"))) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aNativeLibraryThatCannotLoadGetsAReadableMessage() throws Exception {
        Run run = javaWith(List.of("-Djava.io.tmpdir=/proc/no-such-folder", "-Dorg.sqlite.tmpdir=/proc/no-such-folder"),
                "--db", dir.resolve("a.db").toString(), "set", "verified.nda", "true");
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().contains("could not load its SQLite library"), run.out());
        assertFalse(run.out().contains("\tat "), run.out());
    }

    @Test
    void aThemeThatIsNotOneIsRefusedInWordsBeforeAnyWindow() throws Exception {
        Run run = javaWith(List.of(), "--db", dir.resolve("a.db").toString(), "--theme", "purple");
        assertEquals(2, run.code(), run.out());
        assertEquals("nintei: --theme takes light, dark or system (not 'purple').", run.out().strip());
    }

    @Test
    void exitCodesAreTwoForUsageAndOneForBadData() throws Exception {
        assertEquals(2, java("--db", dir.resolve("a.db").toString(), "frobnicate").code());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "title,ordered_on,status\nx,someday,in_progress\n");
        Run run = java("--db", dir.resolve("a.db").toString(), "import", "jobs", bad.toString());
        assertEquals(1, run.code());
        assertTrue(run.out().contains("line 2, field ordered_on"), run.out());
    }

    /**
     * Issue 18: {@code history} writes each point as it is measured: 1970–2999 by day (376,200 rows) in a 64 MB heap.
     * Holding every point and the whole CSV in memory, as before, ran out of that heap (OutOfMemoryError).
     */
    @Test
    void historyOfAThousandYearsOfDaysStreamsInASmallHeap() throws Exception {
        Path db = dir.resolve("a.db");
        assertEquals(0, java("--db", db.toString(), "set", "earnings.cutoff", "100000").code());
        Path out = dir.resolve("history.csv");
        Run run = javaWith(List.of("-Xmx64m"), "--db", db.toString(), "history", "--from", "1970-01-01", "--to",
                "2999-12-31", "--step", "day", "--out", out.toString());
        assertEquals(0, run.code(), run.out());
        List<String> lines = Files.readAllLines(out);
        assertEquals(1 + 376_200, lines.size());
        assertEquals("\uFEFFas_of,reply_rate,completion_rate,earnings,rating,verification", lines.get(0));
        assertEquals("1970-01-01,,,0,,0", lines.get(1));
        assertEquals("2999-12-31,,,0,,0", lines.get(lines.size() - 1));
    }

    /**
     * {@code java -jar} starts the app in a second Java (JavaFX as modules); stopping the first one — {@code kill}, a
     * logout, the benchmark's {@code destroy()} — stops the second too. It used to live on with no parent, holding the
     * logbook (the benchmark left one running after every run).
     */
    @Test
    void stoppingTheJarStopsTheAppItStarted() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Headless", "-Djava.awt.headless=true", "-Duser.home=" + dir.resolve("home"),
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"), "-jar", System.getProperty("nintei.jar"),
                "--background", "--db", dir.resolve("a.db").toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile());
        pb.environment().put("DISPLAY", ":0"); // not opened: the headless platform, and no window is shown
        pb.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        Process jar = pb.start();
        List<ProcessHandle> started = new ArrayList<>();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // the second Java (not a passing helper such as the uname sqlite-jdbc may run)
            Optional<ProcessHandle> second = Optional.empty();
            while (second.isEmpty()) {
                assertTrue(jar.isAlive(), "it ended: " + Files.readString(dir.resolve("output.txt")));
                assertTrue(System.nanoTime() < deadline, "no second Java started");
                Thread.sleep(100);
                second = jar.descendants().filter(p -> p.info().command().orElse("").endsWith("java")).findFirst();
            }
            ProcessHandle app = second.get();
            started.add(app);
            jar.destroy();
            assertTrue(jar.waitFor(30, TimeUnit.SECONDS));
            app.onExit().completeOnTimeout(app, 30, TimeUnit.SECONDS).join();
            assertFalse(app.isAlive(), "the app lives on without its parent");
        } finally {
            started.forEach(ProcessHandle::destroyForcibly);
            jar.destroyForcibly();
        }
    }
}
