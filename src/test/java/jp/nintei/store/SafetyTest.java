package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Message;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewRating;
import jp.nintei.domain.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer, migrations from every released schema, damaged files refused untouched. */
class SafetyTest {

    @TempDir
    Path dir;

    @Test
    void aSecondNinteiOnTheSameLogbookIsToldItIsAlreadyOpen() {
        Path file = dir.resolve("nintei.db");
        try (LogbookStore first = LogbookStore.open(file)) {
            long start = System.nanoTime();
            var e = assertThrows(StoreException.class, () -> LogbookStore.open(file));
            assertTrue(e.getMessage().contains("already open in another Nintei"), e.getMessage());
            assertTrue(System.nanoTime() - start >= WriterLock.WAIT_MILLIS * 1_000_000 / 2, "it waits briefly first");
            first.jobs().add(BackupsTest.job("still writable"));
        }
        try (LogbookStore again = LogbookStore.open(file)) {
            assertEquals(1, again.jobs().all().size());
        }
    }

    /** Fixtures of every released schema version: each opens, upgrades, and keeps every row. */
    @Test
    void everyReleasedSchemaUpgradesWithEveryRow() throws Exception {
        Path file = dir.resolve("v1.db");
        Files.copy(Path.of("src/test/resources/fixtures/logbook-v1.db"), file, StandardCopyOption.REPLACE_EXISTING);
        try (LogbookStore store = LogbookStore.open(file)) {
            assertEquals(Migrations.latest(), Snapshots.schemaVersion(store.database()));
            var logbook = Snapshots.of(store);
            assertEquals(List.of(
                    new Job(1, "LP制作", "株式会社ウェブ工房", "Web制作", LocalDate.of(2026, 5, 1), JobStatus.COMPLETED,
                            LocalDate.of(2026, 5, 20), 88_000L, false, "修正2回, \"特急\""),
                    new Job(2, "ロゴ", "山本デザイン事務所", "デザイン", LocalDate.of(2026, 6, 1), JobStatus.CANCELLED,
                            LocalDate.of(2026, 6, 3), null, true, "'); DROP TABLE job;--"),
                    new Job(3, "連載記事", "さくら出版", "記事作成", LocalDate.of(2026, 11, 1), JobStatus.IN_PROGRESS,
                            null, 12_000L, false, "1行目\n2行目")), logbook.jobs());
            assertEquals(List.of(
                    new Message(1, "田中様", OffsetDateTime.parse("2026-11-27T18:17:00+09:00"),
                            OffsetDateTime.parse("2026-11-28T09:00:00Z"), false, "記事の修正点について"),
                    new Message(2, "Blog Media", OffsetDateTime.parse("2026-11-01T09:00:00-05:00"), null, true,
                            "営業メール")), logbook.messages());
            assertEquals(List.of(
                    new Review(1, "田中様", LocalDate.of(2026, 6, 1), ReviewRating.STARS_5, "丁寧でした"),
                    new Review(2, "さくら出版", LocalDate.of(2026, 7, 1), ReviewRating.SATISFIED, "")), logbook.reviews());
            assertEquals(new Settings(150_000L, "記事作成", false, true, false), logbook.settings());
        }
    }

    @Test
    void aMigrationThatFailsHalfWayLeavesTheOldVersionIntact() throws Exception {
        Path file = dir.resolve("nintei.db");
        try (LogbookStore store = LogbookStore.open(file)) {
            store.jobs().add(BackupsTest.job("before the upgrade"));
        }
        List<List<String>> broken = new ArrayList<>(Migrations.ALL);
        broken.add(List.of("ALTER TABLE job ADD COLUMN rush INTEGER NOT NULL DEFAULT 0",
                "CREATE TABLE invoice (id INTEGER PRIMARY KEY)",
                "INSERT INTO no_such_table VALUES (1)"));
        assertThrows(StoreException.class, () -> Database.open(file, broken));
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.latest(), Snapshots.schemaVersion(db));
            int invoiceTables = db.read(c -> {
                try (var rs = c.createStatement().executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE name = 'invoice'")) {
                    return rs.getInt(1);
                }
            });
            assertEquals(0, invoiceTables);
        }
        try (LogbookStore store = LogbookStore.open(file)) {
            assertEquals("before the upgrade", store.jobs().all().get(0).title());
        }
    }

    @Test
    void truncatedAndRandomFilesAreRefusedAndLeftExactlyAsTheyWere() throws Exception {
        Path good = dir.resolve("good.db");
        try (LogbookStore store = LogbookStore.open(good)) {
            List<Job> jobs = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                jobs.add(BackupsTest.job("job " + i + " ".repeat(40)));
            }
            store.jobs().addAll(jobs);
        }
        byte[] whole = Files.readAllBytes(good);
        Random random = new Random(7);
        List<byte[]> damaged = new ArrayList<>();
        damaged.add(Arrays.copyOf(whole, 50));
        damaged.add(Arrays.copyOf(whole, whole.length / 3));
        byte[] noise = new byte[8192];
        random.nextBytes(noise);
        damaged.add(noise);
        byte[] scribbled = whole.clone();
        for (int i = 4096; i < scribbled.length; i += 97) {
            scribbled[i] = (byte) random.nextInt();
        }
        damaged.add(scribbled);
        for (int i = 0; i < damaged.size(); i++) {
            Path file = dir.resolve("damaged-" + i + ".db");
            Files.write(file, damaged.get(i));
            var e = assertThrows(RefusedFileException.class, () -> LogbookStore.open(file), "case " + i);
            assertTrue(e.getMessage().contains("left untouched") || e.getMessage().contains("damaged"), e.getMessage());
            assertArrayEquals(damaged.get(i), Files.readAllBytes(file), "case " + i);
            // a command that only reads checks as deeply on the first use of the day (no backup yet today)
            assertThrows(RefusedFileException.class, () -> LogbookStore.openForReading(file, LocalDate.of(2026, 11, 28)),
                    "case " + i + ", read only");
            assertArrayEquals(damaged.get(i), Files.readAllBytes(file), "case " + i + ", read only");
        }
    }

    /**
     * The open trusts a clean {@code quick_check} for the values only where the tables' CHECKs are the rules: with a
     * CHECK taken out of the schema behind Nintei's back, a value that breaks its rule is still found and named.
     */
    @Test
    void aValueWhoseCheckWasTakenOutOfTheSchemaIsStillNamed() throws Exception {
        Path file = dir.resolve("nintei.db");
        try (LogbookStore store = LogbookStore.open(file)) {
            store.jobs().add(BackupsTest.job("kept"));
        }
        String check = "CHECK (" + String.format(StoredValues.DATE, "ordered_on") + ")";
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            assertTrue(StoredValues.heldBySchema(c), "a new logbook holds every rule");
            int version;
            try (var rs = st.executeQuery("PRAGMA schema_version")) {
                version = rs.getInt(1);
            }
            st.execute("PRAGMA writable_schema = ON");
            assertEquals(1, st.executeUpdate("UPDATE sqlite_master SET sql = replace(sql, '" + check.replace("'", "''")
                    + "', '') WHERE name = 'job' AND instr(sql, '" + check.replace("'", "''") + "') > 0"));
            st.execute("PRAGMA schema_version = " + (version + 1));
            st.execute("PRAGMA writable_schema = OFF");
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            assertTrue(!StoredValues.heldBySchema(c), "the rule is gone from the schema");
            st.execute("UPDATE job SET ordered_on = '2026-x1-12'"); // no CHECK stops it now
        }
        Files.deleteIfExists(Backups.dailyFile(file, LocalDate.now())); // the day's first open: the deep check
        var refused = assertThrows(StoreException.class, () -> LogbookStore.open(file).close());
        assertEquals(StoreException.Problem.BAD_VALUE, refused.problem());
        assertTrue(refused.getMessage().contains("job row 1, field ordered_on, holds '2026-x1-12'"), refused.getMessage());
    }

    /** A CHECK lets NULL through: with NOT NULL taken off a column the rules keep from NULL, the values are scanned. */
    @Test
    void aColumnNoLongerNotNullHasItsValuesScanned() throws Exception {
        Path file = dir.resolve("nintei.db");
        LogbookStore.open(file).close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            int version;
            try (var rs = st.executeQuery("PRAGMA schema_version")) {
                version = rs.getInt(1);
            }
            st.execute("PRAGMA writable_schema = ON");
            assertEquals(1, st.executeUpdate("UPDATE sqlite_master SET sql = replace(sql, 'rated_on TEXT NOT NULL', "
                    + "'rated_on TEXT') WHERE name = 'review' AND instr(sql, 'rated_on TEXT NOT NULL') > 0"));
            st.execute("PRAGMA schema_version = " + (version + 1));
            st.execute("PRAGMA writable_schema = OFF");
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertTrue(!StoredValues.heldBySchema(c), "the CHECK is there, the NOT NULL is not");
        }
    }
}
