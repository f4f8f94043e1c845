package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Message;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewRating;
import jp.nintei.domain.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogbookStoreTest {

    @TempDir
    Path dir;

    @Test
    void createsANewLogbookAtTheLatestSchemaWithOwnerOnlyPermissions() throws Exception {
        Path file = dir.resolve("data/nintei/nintei.db");
        try (LogbookStore store = LogbookStore.open(file)) {
            assertEquals(Migrations.latest(), Snapshots.schemaVersion(store.database()));
            assertTrue(Snapshots.of(store).isEmpty());
        }
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        }
    }

    @Test
    void everyRecordReadsBackAsItWasWrittenAfterReopening() {
        Path file = dir.resolve("nintei.db");
        Job job = new Job(0, "LP制作 \"特急\", 修正あり", "株式会社ウェブ工房", "Web制作", LocalDate.of(2026, 5, 1),
                JobStatus.COMPLETED, LocalDate.of(2026, 5, 20), 88_000L, true, "'); DROP TABLE job;--");
        Message message = new Message(0, "田中様", OffsetDateTime.parse("2026-11-27T18:17:00+09:00"),
                OffsetDateTime.parse("2026-11-28T09:00:00Z"), false, "記事の修正点について");
        Review review = new Review(0, "Blog Media, Inc.", LocalDate.of(2026, 6, 1), ReviewRating.SATISFIED, "丁寧");
        Settings settings = new Settings(1_200_000L, "記事作成", true, false, true);
        try (LogbookStore store = LogbookStore.open(file)) {
            store.jobs().add(job);
            store.messages().add(message);
            store.reviews().add(review);
            store.settings().save(settings);
        }
        try (LogbookStore store = LogbookStore.open(file)) {
            var logbook = Snapshots.of(store);
            assertEquals(List.of(job.withId(1)), logbook.jobs());
            assertEquals(List.of(message.withId(1)), logbook.messages());
            assertEquals("+09:00", logbook.messages().get(0).receivedAt().getOffset().getId());
            assertEquals(List.of(review.withId(1)), logbook.reviews());
            assertEquals(settings, logbook.settings());
        }
    }

    @Test
    void sqlLikeTextInEveryTextFieldIsStoredAsText() {
        String sql = "'); DROP TABLE job;-- \" OR 1=1; DELETE FROM message WHERE '1'='1";
        Job job = new Job(0, sql, sql, sql, LocalDate.of(2026, 1, 1), JobStatus.IN_PROGRESS, null, null, false, sql);
        Message message = new Message(0, sql, OffsetDateTime.parse("2026-11-01T09:00:00Z"), null, false, sql);
        Review review = new Review(0, sql, LocalDate.of(2026, 1, 1), ReviewRating.STARS_5, sql);
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            store.jobs().add(job);
            store.messages().add(message);
            store.reviews().add(review);
            store.settings().save(new Settings(1L, sql, false, false, false));
            store.jobs().apply(RowEdit.putting(List.of(store.jobs().all().get(0))));
            var logbook = Snapshots.of(store);
            assertEquals(List.of(job.withId(1)), logbook.jobs());
            assertEquals(List.of(message.withId(1)), logbook.messages());
            assertEquals(List.of(review.withId(1)), logbook.reviews());
            assertEquals(sql, logbook.settings().earningsCategory());
        }
    }

    @Test
    void updateAndDeleteChangeOneRowAndAMissingRowIsAnError() {
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            Review a = store.reviews().add(new Review(0, "a", LocalDate.of(2026, 1, 1), ReviewRating.STARS_4, ""));
            Review b = store.reviews().add(new Review(0, "b", LocalDate.of(2026, 1, 2), ReviewRating.STARS_5, ""));
            store.reviews().apply(RowEdit.putting(List.of(new Review(a.id(), "a", a.ratedOn(), ReviewRating.STARS_3, "edited"))));
            store.reviews().apply(RowEdit.removing(b.id()));
            assertEquals(List.of(new Review(a.id(), "a", a.ratedOn(), ReviewRating.STARS_3, "edited")),
                    store.reviews().all());
            assertThrows(StoreException.class, () -> store.reviews().apply(RowEdit.removing(b.id())));
        }
    }

    @Test
    void addAllWritesEveryRowOrNone() {
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            store.jobs().add(job("kept"));
            // A write whose second statement breaks a CHECK constraint keeps neither statement.
            List<Job> batch = List.of(job("one"), job("two"));
            store.jobs().addAll(batch);
            assertEquals(3, store.jobs().all().size());
            assertThrows(StoreException.class, () -> store.database().write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO job (title, ordered_on, status) VALUES ('x', '2026-01-01', 'in_progress')");
                    st.executeUpdate("INSERT INTO job (title, ordered_on, status) VALUES ('', '2026-01-01', 'in_progress')");
                }
                return null;
            }));
            assertEquals(3, store.jobs().all().size());

            // addAll itself failing on its second row: none of the batch, and no per-day total of it, is kept
            store.database().write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TRIGGER refuse_two BEFORE INSERT ON job WHEN NEW.title = 'bad' "
                            + "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END");
                }
                return null;
            });
            JobStatus done = JobStatus.COMPLETED;
            LocalDate day = LocalDate.of(2026, 2, 1);
            Job good = new Job(0, "good", "", "", day, done, day, 1000L, false, "");
            Job bad = new Job(0, "bad", "", "", day, done, day, 1000L, false, "");
            assertThrows(StoreException.class, () -> store.jobs().addAll(List.of(good, bad)));
            assertEquals(3, store.jobs().all().size());
            assertEquals(0, store.withFacts(f -> f.earnings(day.minusDays(1), day, "")).count());
            store.jobs().add(good); // and the row triggers are not left quiet
            assertEquals(1000, store.withFacts(f -> f.earnings(day.minusDays(1), day, "")).hits());
        }
    }

    @Test
    void refusesAForeignSqliteDatabaseAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
            st.execute("INSERT INTO invoices (total) VALUES (12.5)");
        }
        byte[] before = Files.readAllBytes(file);
        var e = assertThrows(RefusedFileException.class, () -> LogbookStore.open(file));
        assertTrue(e.getMessage().contains("not a Nintei logbook"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusesAFileThatIsNotSqliteAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "これはデータベースではありません。".repeat(20));
        byte[] before = Files.readAllBytes(file);
        assertThrows(RefusedFileException.class, () -> LogbookStore.open(file));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("notes.db-wal")));
    }

    @Test
    void refusesALogbookFromANewerVersionAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("nintei.db");
        LogbookStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Migrations.latest() + 1));
        }
        byte[] before = Files.readAllBytes(file);
        var e = assertThrows(RefusedFileException.class, () -> LogbookStore.open(file));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void adoptsAnEmptySqliteFile() throws Exception {
        Path file = dir.resolve("empty.db");
        Files.createFile(file);
        try (LogbookStore store = LogbookStore.open(file)) {
            assertEquals(Migrations.latest(), Snapshots.schemaVersion(store.database()));
        }
    }

    private static Job job(String title) {
        return new Job(0, title, "", "", LocalDate.of(2026, 1, 1), JobStatus.IN_PROGRESS, null, null, false, "");
    }
}
