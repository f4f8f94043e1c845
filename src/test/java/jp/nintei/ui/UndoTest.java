package jp.nintei.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.nintei.domain.RecordKind;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import jp.nintei.csv.CsvKind;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Message;
import jp.nintei.domain.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change made in the app can be taken back and made again, on a real logbook, and the numbers follow. */
class UndoTest {

    @TempDir Path dir;
    private Fixture f;

    @BeforeEach
    void open() {
        f = new Fixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static Job job(String title, long yen) {
        return new Job(0, title, "Acme", "", LocalDate.of(2026, 11, 1), JobStatus.COMPLETED, LocalDate.of(2026, 11, 10),
                yen, false, "");
    }

    private BigDecimal earnings() {
        return f.session.shown().stateProperty().get().progress().result("earnings").orElseThrow().value();
    }

    @Test
    void addUpdateAndDeleteAreTakenBackInTurnAndMadeAgain() {
        f.session.add(RecordKind.JOBS, job("Logo", 30_000), added -> { }, "jobs.added", "Logo");
        Job added = f.store.jobs().all().get(0);
        f.session.update(RecordKind.JOBS, new Job(added.id(), "Logo", "Acme", "", added.orderedOn(), JobStatus.COMPLETED,
                added.closedOn(), 50_000L, false, ""), "jobs.updated", "Logo");
        f.session.delete(RecordKind.JOBS, added.id(), "jobs.deleted", "Logo");
        assertEquals(0, earnings().signum());

        f.session.undo();
        assertEquals("Undone: Job \"Logo\" deleted", f.session.status().textProperty().get());
        assertEquals(new BigDecimal(50_000), earnings());
        assertEquals(added.id(), f.store.jobs().all().get(0).id(), "brought back under its own id");
        f.session.undo();
        assertEquals(new BigDecimal(30_000), earnings());
        f.session.undo();
        assertTrue(f.store.jobs().all().isEmpty());
        assertFalse(f.session.shown().canUndoProperty().get());
        f.session.undo();
        assertEquals("Nothing to undo", f.session.status().textProperty().get());

        f.session.redo();
        assertEquals("Redone: Job \"Logo\" added", f.session.status().textProperty().get());
        assertEquals(new BigDecimal(30_000), earnings());
        f.session.redo();
        assertEquals(new BigDecimal(50_000), earnings());
        f.session.redo();
        assertTrue(f.store.jobs().all().isEmpty());
        assertFalse(f.session.shown().canRedoProperty().get());
    }

    @Test
    void atLeastTwentyChangesCanBeUndoneAndANewChangeEndsRedo() {
        for (int i = 1; i <= 25; i++) {
            f.session.add(RecordKind.JOBS, job("Job " + i, 1_000), added -> { }, "jobs.added", "Job " + i);
        }
        for (int i = 0; i < 20; i++) {
            f.session.undo();
        }
        assertEquals(5, f.store.jobs().all().size());
        assertEquals(new BigDecimal(5_000), earnings());
        f.session.add(RecordKind.JOBS, job("Other", 7), added -> { }, "jobs.added", "Other");
        assertFalse(f.session.shown().canRedoProperty().get(), "a new change starts a new line of history");
        f.session.redo();
        assertEquals(6, f.store.jobs().all().size());
    }

    @Test
    void anImportIsTakenBackWholeAndMadeAgainWithTheSameRows() throws Exception {
        f.session.add(RecordKind.JOBS, job("Before", 1_000), added -> { }, "jobs.added", "Before");
        Path csv = dir.resolve("jobs.csv");
        Files.writeString(csv, """
                title,client,category,ordered_on,status,closed_on,amount_jpy,excluded,note
                A,Acme,,2026-10-01,completed,2026-10-05,10000,false,
                B,Acme,,2026-10-02,completed,2026-10-06,20000,false,
                """);
        f.session.run(w -> w.previewImport(RecordKind.JOBS, csv, f.session.l10n().texts()),
                preview -> f.session.change(w -> w.importRows(preview), f.session.status()::say, "status.importFailed"),
                "status.importFailed");
        List<Job> imported = f.store.jobs().all();
        assertEquals(3, imported.size());

        f.session.undo();
        assertEquals("Undone: 2 jobs imported from jobs.csv", f.session.status().textProperty().get());
        assertEquals(List.of("Before"), f.store.jobs().all().stream().map(Job::title).toList());
        assertEquals(new BigDecimal(1_000), earnings());
        f.session.redo();
        assertEquals(imported, f.store.jobs().all());
        assertEquals(new BigDecimal(31_000), earnings());
    }

    @Test
    void settingsAndMarkingOldMessagesAreTakenBack() {
        Settings before = f.store.settings().load();
        f.session.saveSettings(new Settings(500_000L, "Design", true, true, false));
        OffsetDateTime old = OffsetDateTime.ofInstant(Fixture.NOW, ZoneOffset.ofHours(9)).minusDays(30);
        f.store.messages().addAll(List.of(new Message(0, "Old", old, null, false, ""),
                new Message(0, "Older", old.minusDays(1), null, false, "")));
        f.session.change(w -> w.dismissOlderUnanswered(f.session.profile()), f.session.status()::say, "status.failed");
        assertEquals(0, f.session.shown().stateProperty().get().waiting().older());

        f.session.undo();
        assertEquals("Undone: 2 messages marked \"no reply needed\"", f.session.status().textProperty().get());
        assertEquals(2, f.session.shown().stateProperty().get().waiting().older());
        f.session.undo();
        assertEquals(before, f.store.settings().load());
        assertEquals(before, f.session.shown().stateProperty().get().settings());
    }

    @Test
    void theStatusSaysWhatWasUndoneInTheLanguageShownNow() {
        f.session.add(RecordKind.JOBS, job("Logo", 30_000), added -> { }, "jobs.added", "Logo");
        f.session.undo();
        f.session.l10n().setLocale(Localization.JAPANESE);
        assertTrue(f.session.status().textProperty().get().startsWith("元に戻しました"), f.session.status().textProperty().get());
    }

    /** Issue 16, item 15: the sample data has a history of its own, and coming back brings the logbook's own back. */
    @Test
    void visitingTheSampleDataKeepsTheLogbooksOwnHistory() {
        f.session.add(RecordKind.JOBS, job("Logo", 30_000), added -> { }, "jobs.added", "Logo");
        f.session.openDemo();
        assertFalse(f.session.shown().canUndoProperty().get(), "the demo's history starts empty");
        f.session.leaveDemo();
        assertTrue(f.session.shown().canUndoProperty().get(), "the logbook's own history is back");
        f.session.undo();
        assertTrue(f.store.jobs().all().isEmpty());
    }

    @Test
    void aRestoreEndsTheHistoryItCouldNoLongerApplyTo() throws Exception {
        Path backup = dir.resolve("backup.db");
        f.session.run(w -> w.backupTo(backup), written -> { }, "status.backupFailed");
        f.session.add(RecordKind.JOBS, job("Logo", 30_000), added -> { }, "jobs.added", "Logo");
        f.session.change(w -> w.restore(backup), kept -> { }, "status.failed");
        assertFalse(f.session.shown().canUndoProperty().get());
    }
}
