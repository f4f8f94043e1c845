package jp.nintei.shell;

import java.util.Arrays;
import jp.nintei.app.Failures;
import jp.nintei.dashboard.DashboardPresenter;
import jp.nintei.domain.RecordKind;
import jp.nintei.messages.MessagesPresenter;
import org.junit.jupiter.api.Assertions;
import jp.nintei.ui.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.store.Backups;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.RefusedFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainPresenterTest {

    @TempDir
    Path dir;

    static MainPresenter mainOf(Fixture fx) {
        return new MainPresenter(fx.session, fx.dialogs, new Preferences("/jp/nintei/test-main"),
                new DashboardPresenter(fx.session),
                new MessagesPresenter(fx.session, fx.dialogs));
    }

    static Job job(String title) {
        return new Job(0, title, "", "", LocalDate.of(2026, 1, 1), JobStatus.IN_PROGRESS, null, null, false, "");
    }

    @Test
    void theAboutBoxSaysTheVersionOfThePomTheLicenceTheFolderAndTheRules() throws Exception {
        try (Fixture fx = new Fixture(dir)) {
            String pom = Files.readString(Path.of("pom.xml"));
            String version = pom.substring(pom.indexOf("<version>") + 9, pom.indexOf("</version>"));
            String about = mainOf(fx).aboutText();
            assertTrue(about.startsWith("Nintei " + version + " — "), about);
            assertTrue(about.contains("Licence: MIT License."), about);
            assertTrue(about.contains("Your logbook: " + fx.session.logbookFile()), about);
            assertTrue(about.contains("Its folder (backups, your own profiles): " + dir), about);
            assertTrue(about.contains("Measured by: Lancers Certified Lancer — rules until January 2022"), about);
            assertTrue(about.contains("Where its rules come from: Lancers help: 認定ランサーの条件"), about);
        }
    }

    @Test
    void backupThenRestoreBringsBackTheLogbookAndKeepsTheReplacedOne() throws Exception {
        try (Fixture fx = new Fixture(dir)) {
            MainPresenter main = mainOf(fx);
            fx.store.jobs().add(job("before"));
            Files.createDirectories(dir.resolve("safe"));
            fx.dialogs.saveFile = dir.resolve("safe/backup.db");
            main.backupNow();
            assertEquals("Backed up to " + fx.dialogs.saveFile.toAbsolutePath(), fx.session.status().textProperty().get());

            fx.store.jobs().add(job("after"));
            fx.session.refresh();
            fx.dialogs.openFile = fx.dialogs.saveFile;
            fx.dialogs.confirmAnswer = false;
            main.restore();
            assertEquals(2, fx.store.jobs().all().size(), "nothing restored without a yes");

            fx.dialogs.confirmAnswer = true;
            main.restore();
            assertEquals(List.of("before"), fx.store.jobs().all().stream().map(Job::title).toList());
            Path kept = main.lastReplacedCopy().orElseThrow();
            assertEquals(Backups.folder(fx.store.file()), kept.getParent());
            assertTrue(fx.session.status().textProperty().get().startsWith("Restored from backup.db"));
        }
    }

    @Test
    void aBadBackupIsRefusedAndChangesNothing() throws Exception {
        try (Fixture fx = new Fixture(dir)) {
            MainPresenter main = mainOf(fx);
            fx.store.jobs().add(job("mine"));
            fx.session.refresh();
            fx.dialogs.openFile = dir.resolve("holiday-photo.db");
            Files.write(fx.dialogs.openFile, new byte[] {1, 2, 3});
            main.restore();
            assertTrue(fx.session.status().errorProperty().get().startsWith("Not saved:"), fx.session.status().errorProperty().get());
            assertEquals(List.of("mine"), fx.store.jobs().all().stream().map(Job::title).toList());
        }
    }

    /**
     * The day's backup, which the window takes after its first measure, is followed by the recount of the totals: where
     * that rebuilt them (changed behind Nintei's back), the gauges are measured again and the user is told. Without
     * the second measure the window went on showing the figures of the totals as they were.
     */
    @Test
    void totalsRebuiltAfterTheDaysBackupAreMeasuredAgainAndSaid() throws Exception {
        try (Fixture fx = new Fixture(dir)) {
            fx.replies(1, 30, 1);
            try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + dir.resolve("nintei.db"));
                 Statement st = c.createStatement()) {
                st.execute("UPDATE message_day SET replies = replies + 10");
            }
            fx.session.refresh(); // what a start's first measure shows: the totals as they are
            assertEquals(11, replyBasis(fx));
            mainOf(fx).dailyBackup(refused -> Assertions.fail(refused));
            assertEquals(1, replyBasis(fx), "measured again from the rebuilt totals");
            assertTrue(fx.session.status().textProperty().get().contains("recounted"),
                    fx.session.status().textProperty().get());
        }
    }

    private static int replyBasis(Fixture fx) {
        return fx.session.shown().stateProperty().get().progress().result("reply_rate").orElseThrow().basis();
    }

    @Test
    void aRefusedLogbookAtStartOffersTheLatestBackupAndRestoresItOnlyWhenAsked() throws Exception {
        Path file = dir.resolve("nintei.db");
        try (LogbookStore store = LogbookStore.open(file)) {
            store.jobs().add(job("yesterday"));
            store.dailyBackup(LocalDate.of(2026, 11, 27));
        }
        Files.write(file, "overwritten by something else".repeat(10).getBytes());
        byte[] damaged = Files.readAllBytes(file);

        StartupRecovery.Outcome outcome = StartupRecovery.open(file, false);
        assertEquals(null, outcome.store());
        assertTrue(outcome.error().getMessage().contains("not a Nintei logbook"), outcome.error().getMessage());
        assertEquals(new Localization(Localization.ENGLISH).text("store.not_a_logbook", file.toString()), Failures.describe(
                outcome.error(), new Localization(Localization.ENGLISH).texts()));
        assertEquals(file + " は Nintei のログブックではありません (SQLite のデータベースでないか、途中で切れているか壊れています)。"
                + "ファイルには手を加えていません。", Failures.describe(outcome.error(), new Localization(Localization.JAPANESE).texts()));
        assertEquals(Backups.folder(file).resolve("nintei-2026-11-27.db"), outcome.backup().orElseThrow());
        assertTrue(Arrays.equals(damaged, Files.readAllBytes(file)), "nothing changes until the user says so");

        try (LogbookStore restored = StartupRecovery.restore(file, outcome.backup().get(),
                LocalDateTime.of(2026, 11, 28, 9, 0))) {
            assertEquals("yesterday", restored.jobs().all().get(0).title());
        }
        assertTrue(Arrays.equals(damaged,
                Files.readAllBytes(Backups.folder(file).resolve("replaced-nintei-20261128-090000.db"))));
    }

    @Test
    void aLogbookWithoutBackupsIsRefusedWithNothingToOffer() throws Exception {
        Path file = dir.resolve("foreign.db");
        Files.writeString(file, "x".repeat(200));
        StartupRecovery.Outcome outcome = StartupRecovery.open(file, false);
        assertTrue(outcome.backup().isEmpty());
        assertTrue(outcome.error().getMessage().contains("left untouched"));
        Assertions.assertThrows(RefusedFileException.class, () -> Backups.restoreFile(file,
                dir.resolve("none.db"), LocalDateTime.now()));
    }

    @Test
    void importFromTheFileMenuIsAllOrNothingAndSaysWhy() throws Exception {
        try (Fixture fx = new Fixture(dir)) {
            MainPresenter main = mainOf(fx);
            fx.dialogs.openFile = dir.resolve("messages.csv");
            Files.writeString(fx.dialogs.openFile, "client,received_at,replied_at\n田中様,2026/11/27 9:00,2026/11/27 9:30\n"
                    + "山本様,2026/11/27 10:00,\n");
            main.importCsv(RecordKind.MESSAGES);
            assertEquals("2 messages imported from messages.csv", fx.session.status().textProperty().get());
            assertEquals(2, fx.store.messages().all().size());

            Files.writeString(fx.dialogs.openFile, "client,received_at,replied_at\nA,2026/11/27 9:00,\nB,yesterday,\n");
            main.importCsv(RecordKind.MESSAGES);
            assertTrue(fx.session.status().errorProperty().get().startsWith("Nothing imported: " + fx.dialogs.openFile
                    + ", line 3, field received_at"), fx.session.status().errorProperty().get());
            assertEquals(2, fx.store.messages().all().size());
        }
    }

    /** The app says how many rows are already there before it writes anything, and asks. */
    @Test
    void reImportingAFileInTheAppAsksFirstAndAddsOnlyTheNewRows() throws Exception {
        try (Fixture fx = new Fixture(dir)) {
            MainPresenter main = mainOf(fx);
            fx.dialogs.openFile = dir.resolve("messages.csv");
            Files.writeString(fx.dialogs.openFile, "client,received_at,replied_at\nA,2026/11/27 9:00,2026/11/27 9:30\n"
                    + "B,2026/11/27 10:00,\n");
            main.importCsv(RecordKind.MESSAGES);
            assertEquals(2, fx.store.messages().all().size());
            int asked = fx.dialogs.asked.size();

            Files.writeString(fx.dialogs.openFile, "client,received_at,replied_at\nA,2026/11/27 9:00,2026/11/27 9:30\n"
                    + "B,2026/11/27 10:00,\nC,2026/11/27 11:00,\n");
            fx.dialogs.confirmAnswer = false;
            main.importCsv(RecordKind.MESSAGES);
            assertEquals("1 new row will be added; 2 are already in the logbook and will be skipped (importing the same "
                    + "file twice would count them twice). Go on?", fx.dialogs.asked.get(fx.dialogs.asked.size() - 1));
            assertEquals(asked + 2, fx.dialogs.asked.size(), "the file chooser, then the question");
            assertEquals(2, fx.store.messages().all().size(), "nothing is written before the answer");
            assertEquals("Nothing imported", fx.session.status().textProperty().get());

            fx.dialogs.confirmAnswer = true;
            main.importCsv(RecordKind.MESSAGES);
            assertEquals(List.of("A", "B", "C"), fx.store.messages().all().stream().map(m -> m.client()).toList());
            assertEquals("1 message imported from messages.csv; 2 already in the logbook were skipped",
                    fx.session.status().textProperty().get());

            // issue 16, item 11: a file with nothing new asks nothing and writes nothing
            int before = fx.dialogs.asked.size();
            main.importCsv(RecordKind.MESSAGES);
            assertEquals(before + 1, fx.dialogs.asked.size(), "only the file chooser: no question about 0 new rows");
            assertEquals("Nothing new in messages.csv: its 3 rows are already in the logbook, so nothing was imported",
                    fx.session.status().textProperty().get());
            assertEquals(3, fx.store.messages().all().size());
            assertFalse(fx.session.shown().canUndoProperty().get() && fx.session.status().textProperty().get().contains("imported 0"));
        }
    }

    /** Issue 15, item 1: no file dialog starts in the data folder; the last folder chosen for a kind is offered. */
    @Test
    void fileDialogsNeverStartInTheDataFolder() throws Exception {
        new Preferences("/jp/nintei/test-main").clear();
        try (Fixture fx = new Fixture(dir)) {
            MainPresenter main = mainOf(fx);
            Path elsewhere = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-docs"));
            fx.dialogs.openFile = elsewhere.resolve("m.csv");
            Files.writeString(fx.dialogs.openFile, "received_at\n2026-11-01T09:00:00+09:00\n");
            main.importCsv(RecordKind.MESSAGES);
            assertFalse(fx.dialogs.asked.get(0).equals(dir.toString()), "the import did not start in the data folder");
            main.importCsv(RecordKind.MESSAGES);
            assertEquals(elsewhere.toString(), fx.dialogs.asked.get(fx.dialogs.asked.size() - 1),
                    "the folder last chosen for an import");
            fx.dialogs.saveFile = dir.resolve("summary.csv"); // chosen in the data folder by hand
            main.exportSummary();
            main.exportSummary();
            assertFalse(fx.dialogs.asked.get(fx.dialogs.asked.size() - 1).startsWith(dir + "/"),
                    "the data folder is never remembered as the place to start");
        }
    }
}
