package jp.nintei.ui;

import jp.nintei.app.Measurement;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.nintei.csv.CsvFiles;
import jp.nintei.csv.CsvImporter;
import jp.nintei.csv.CsvKind;
import jp.nintei.csv.SummaryCsv;
import jp.nintei.domain.AsOf;
import jp.nintei.domain.CertificationEngine;
import jp.nintei.domain.Progress;
import jp.nintei.domain.RowQuery;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.SampleData;
import jp.nintei.domain.Settings;
import jp.nintei.domain.WaitingReplies;
import jp.nintei.store.Backups;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.RowEdit;

/**
 * The one way the screens reach the logbook. Commands (add, update, delete, import, export, back up, restore, settings,
 * sample data) and queries (a page of rows) run off the FX thread; after a command the session measures again and
 * publishes the new {@link Measurement} and a change count that tables watch to reload their page. The engine is
 * called here and nowhere else in the app. Data flows one way: store → engine → these properties → presenters.
 */
public final class LogbookSession {

    /** The user's own logbook: open for the whole session, never changed by the demo. */
    private final LogbookStore own;
    /** The logbook the screens show: {@link #own}, or the demo logbook while one is open. */
    private volatile LogbookStore store;
    private final javafx.beans.property.ReadOnlyBooleanWrapper demo = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final TaskRunner runner;
    private final Clock clock;
    private final Localization l10n;
    /**
     * The rule profiles (built-in and the user's files): read once before the first measure (waiting at most
     * {@link jp.nintei.app.Profiles#WAIT}), then again on each refresh on a thread of their own — never on the
     * store's thread, so a profile folder that hangs never holds up a write.
     */
    private volatile jp.nintei.domain.ProfileCatalog catalog;
    private final java.util.concurrent.atomic.AtomicBoolean readingProfiles =
            new java.util.concurrent.atomic.AtomicBoolean();
    /** The gauges show the last good measure, not the current one: measuring failed after a change was saved. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper stale = new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** Whether the user was told that the logbook's folder is synced or on a network (once a session). */
    private boolean sharedFolderTold;
    /** What the store said on its thread that the user should hear (a replaced journal); told after the work. */
    private final java.util.Queue<String> warnings = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final ReadOnlyObjectWrapper<Measurement> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper canUndo = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ReadOnlyBooleanWrapper canRedo = new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** Used on the store's thread only (inside the runner's work), in the order the changes were made. */
    private final UndoHistory ownHistory = new UndoHistory();
    /** The history of the logbook shown: the user's own, or the demo's while it is shown (each keeps its own). */
    private volatile UndoHistory history = ownHistory;
    /** The status bar's last message, to word again after a language switch; null for an error. */
    private java.util.function.Supplier<String> lastStatus;

    public LogbookSession(LogbookStore store, TaskRunner runner, Clock clock, Localization l10n) {
        this.own = store;
        this.store = store;
        this.runner = runner;
        this.clock = clock;
        this.l10n = l10n;
        store.onWarning(e -> warnings.add(StoreMessages.describe(e, l10n)));
        // a language switch words the status bar's last message again, in the new language
        l10n.bundleProperty().addListener(obs -> {
            if (lastStatus != null) {
                status.set(lastStatus.get());
            }
        });
        ZonedDateTime now = now();
        state.set(new Measurement(now, CertificationEngine.evaluate(jp.nintei.domain.Logbook.EMPTY, AsOf.of(now),
                RuleProfile.LANCERS_CERTIFIED), Settings.EMPTY, WaitingReplies.NONE, false,
                jp.nintei.domain.ProfileCatalog.BUILT_IN, null));
    }

    // ---- what the screens watch

    public ReadOnlyObjectProperty<Measurement> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Counts the changes made to the logbook: tables reload their page when it moves. */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True when there is a change made in this session to undo. */
    public javafx.beans.property.ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The profile the logbook is measured by, as of the last measure. */
    public RuleProfile profile() {
        return state.get().progress().profile();
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    public Localization l10n() {
        return l10n;
    }

    /** The logbook shown (the demo one while it is open). */
    public Path logbookFile() {
        return store.file();
    }

    public Path backupsFolder() {
        return Backups.folder(store.file());
    }

    // ---- queries

    /** Measures again at the current time: at start, and as windows roll and deadlines pass. */
    public void refresh() {
        if (catalog != null) {
            readProfilesAgain(); // a profile file added or edited since shows up soon after
        }
        runner.run(() -> {
            List<jp.nintei.domain.Phrase> notices = new java.util.ArrayList<>(own.takeNotices());
            if (!sharedFolderTold) {
                sharedFolderTold = true;
                jp.nintei.store.SharedFolders.problem(own.file()).ifPresent(where -> notices.add(
                        new jp.nintei.domain.Phrase("status.sharedFolder", where)));
            }
            try {
                return new Outcome<>(notices, measure(), null, null);
            } catch (RuntimeException e) {
                return new Outcome<>(notices, null, null, e);
            }
        }, outcome -> {
            publish(outcome);
            if (!outcome.result().isEmpty()) {
                report("status.notice", jp.nintei.domain.Phrase.joined(outcome.result()));
            }
        }, this::notMeasured);
    }

    /** Measuring failed (no change was being saved): said as such, and the gauges are marked as not current. */
    private void notMeasured(Exception e) {
        stale.set(true);
        reportError(l10n.text("status.measureFailed", StoreMessages.describe(e, l10n)));
    }

    /** The profile files read again off the store's thread; when they changed, the gauges are measured again. */
    private void readProfilesAgain() {
        if (!readingProfiles.compareAndSet(false, true)) {
            return; // one read at a time; one stuck on a disk that does not answer is never joined by more
        }
        Thread reader = new Thread(() -> {
            try {
                jp.nintei.domain.ProfileCatalog read = jp.nintei.store.ProfileFolder.load(own.file());
                if (!read.equals(catalog)) {
                    catalog = read;
                    runner.run(() -> new Outcome<>(null, measure(), null, null), this::publish, this::notMeasured);
                }
            } catch (RuntimeException e) {
                // the catalog read before stays in use
            } finally {
                readingProfiles.set(false);
            }
        }, "nintei-profiles");
        reader.setDaemon(true);
        reader.start();
    }

    /** True while the gauges show the last good measure because measuring failed (the status bar says why). */
    public javafx.beans.property.ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /**
     * After a file dialog closed: it may have opened and closed the logbook's files (a file chooser previews the
     * folder it shows), which on Linux drops SQLite's locks. The connection is opened again, so they are held again.
     */
    public void fileDialogClosed() {
        runner.run(() -> {
            own.reopen();
            if (store != own) {
                store.reopen();
            }
            return null;
        }, done -> { }, this::fail);
    }

    /** One page of rows of {@code type} ({@code Job.class}, {@code Message.class} or {@code Review.class}). */
    public <T> void page(Class<T> type, RowQuery query, Consumer<List<T>> onPage) {
        runner.run(() -> store.records(type).page(query), onPage, this::fail);
    }

    /** How many rows of {@code type} match {@code search}. */
    public <T> void count(Class<T> type, String search, Consumer<Long> onCount) {
        runner.run(() -> store.records(type).count(search), onCount, this::fail);
    }

    /**
     * Each requirement of the current profile over {@code from} … {@code to}, a point each {@code step} (as of the end of
     * that day), computed from the logbook: the dashboard's chart.
     */
    public void history(java.time.LocalDate from, java.time.LocalDate to, java.time.Period step,
                        Consumer<List<Progress>> onPoints) {
        RuleProfile profile = profile();
        runner.run(() -> store.withFacts(facts -> jp.nintei.domain.History.points(facts, profile, from, to, step,
                clock.getZone())), onPoints, this::fail);
    }

    /**
     * What if: every gauge and the next review as they would be with {@code whatIf} made now. Nothing is written; the
     * real state is untouched.
     */
    public void tryWhatIf(jp.nintei.domain.WhatIf whatIf, Consumer<Measurement> onState) {
        runner.run(() -> measure(whatIf), onState, this::fail);
    }

    /** The jobs still in progress (what a what-if can complete or cancel), newest first. */
    public void openJobs(Consumer<List<jp.nintei.domain.Job>> onJobs) {
        runner.run(() -> store.jobs().inProgress(200), onJobs, this::fail);
    }

    /** Every category the jobs use, sorted. */
    public void categories(Consumer<List<String>> onCategories) {
        runner.run(store::categories, onCategories, this::fail);
    }

    // ---- commands

    public <T> void add(Class<T> type, T row, String statusKey, Object... args) {
        add(type, row, added -> { }, statusKey, args);
    }

    /** Adds a row; {@code onAdded} hears it with its id, on the FX thread. */
    public <T> void add(Class<T> type, T row, Consumer<T> onAdded, String statusKey, Object... args) {
        Wording wording = new Wording(statusKey, args);
        changeReversibly(() -> {
            RecordStoreOf<T> records = new RecordStoreOf<>(type, store);
            T added = records.store().add(row);
            return new Done<>(added, records.takeBack(RowEdit.removing(records.store().idOf(added))));
        }, wording, added -> {
            onAdded.accept(added);
            report(wording);
        });
    }

    public <T> void update(Class<T> type, T row, String statusKey, Object... args) {
        Wording wording = new Wording(statusKey, args);
        changeReversibly(() -> new Done<>(row, new RecordStoreOf<>(type, store).apply(RowEdit.putting(List.of(row)))),
                wording, updated -> report(wording));
    }

    public <T> void delete(Class<T> type, long id, String statusKey, Object... args) {
        Wording wording = new Wording(statusKey, args);
        changeReversibly(() -> new Done<>(id, new RecordStoreOf<>(type, store).apply(RowEdit.removing(id))),
                wording, deleted -> report(wording));
    }

    public void saveSettings(Settings settings) {
        Wording wording = new Wording("status.settingsSaved");
        changeReversibly(() -> new Done<>(settings, new UndoHistory.SettingsAsThey(settings).apply(store)),
                wording, saved -> report(wording));
    }

    /** Marks every message whose reply deadline passed more than a week ago "no reply needed". */
    public void dismissOlderUnanswered() {
        Instant upTo = jp.nintei.app.Measure.olderThan(now().toInstant(), profile());
        changeReversibly(() -> {
            List<jp.nintei.domain.Message> older = store.messages().waitingUpTo(upTo);
            RowEdit<jp.nintei.domain.Message> marked = RowEdit.putting(older.stream()
                    .map(m -> m.withNoReplyNeeded(true)).toList());
            Wording wording = new Wording("status.olderDismissed", older.size());
            return new Done<>(wording, new RecordStoreOf<>(jp.nintei.domain.Message.class, store).apply(marked),
                    wording);
        }, null, this::report);
    }

    /** Takes back the last change made in this session (up to {@link UndoHistory#LIMIT}); the status bar says which. */
    public void undo() {
        move(store -> history.undo(store), "status.undone", "status.nothingToUndo");
    }

    /** Makes again the change last undone. */
    public void redo() {
        move(store -> history.redo(store), "status.redone", "status.nothingToRedo");
    }

    private void move(java.util.function.Function<LogbookStore, java.util.Optional<Wording>> step, String doneKey,
                      String noneKey) {
        runner.run(() -> {
            java.util.Optional<Wording> moved = step.apply(store);
            if (moved.isEmpty()) {
                return new Outcome<>(moved, null, history.labels(), null);
            }
            try {
                return new Outcome<>(moved, measure(), history.labels(), null);
            } catch (RuntimeException e) {
                return new Outcome<>(moved, null, history.labels(), e);
            }
        }, outcome -> {
            publish(outcome);
            if (outcome.result().isPresent()) {
                changes.set(changes.get() + 1);
            }
            outcome.result().ifPresentOrElse(w -> report(new Wording(doneKey, new Later(w))), () -> report(noneKey));
            tellStale(outcome);
        }, this::fail);
    }

    /** An argument worded when the message is: "Undone: {0}" says what was undone in the current language. */
    private final class Later {
        private final Wording wording;

        Later(Wording wording) {
            this.wording = wording;
        }

        @Override
        public String toString() {
            return wording.in(l10n);
        }
    }

    /** True while the screens show the demo logbook (sample data) instead of the user's own. */
    public javafx.beans.property.ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /**
     * Try with sample data: a separate demo logbook, in a temporary folder, filled with a few months of sample data,
     * takes the place of the user's own logbook on every screen. The user's logbook stays open, as it was.
     */
    public void openDemo() {
        SampleData sample = SampleData.endingAt(now());
        switchTo(() -> {
            if (store != own) {
                return store;
            }
            return jp.nintei.store.DemoLogbook.create(sample);
        }, "status.demoOpened");
    }

    /** Back to the user's own logbook, untouched; the demo logbook is deleted. */
    public void leaveDemo() {
        switchTo(() -> {
            closeDemo();
            return own;
        }, "status.demoLeft");
    }

    /** Closes and deletes the demo logbook, if one is open; on the store's thread, or after it stopped. */
    public void closeDemo() {
        LogbookStore shown = store;
        if (shown == own) {
            return;
        }
        store = own;
        jp.nintei.store.DemoLogbook.delete(shown);
    }

    private void switchTo(Callable<LogbookStore> open, String statusKey) {
        runner.run(() -> {
            store = open.call();
            // the demo has a history of its own; back on the user's logbook, its history is there again
            history = store == own ? ownHistory : new UndoHistory();
            try {
                return new Outcome<>(store != own, measure(), history.labels(), null);
            } catch (RuntimeException e) {
                return new Outcome<>(store != own, null, history.labels(), e);
            }
        }, outcome -> {
            demo.set(outcome.result());
            publish(outcome);
            changes.set(changes.get() + 1);
            report(statusKey);
            tellStale(outcome);
        }, this::fail);
    }

    /** A CSV file read and checked, not written yet: its rows and how many of them the logbook already holds. */
    public record ImportPreview<T>(CsvKind<T> kind, Path file, List<T> rows, long alreadyThere) {
        public long added() {
            return rows.size() - alreadyThere;
        }
    }

    /**
     * Reads a CSV file (all or nothing) and counts the rows already in the logbook, writing nothing; a bad file is
     * reported with its line and field.
     */
    public <T> void previewImport(CsvKind<T> kind, Path file, Consumer<ImportPreview<T>> onPreview) {
        runner.run(() -> {
            refuseLogbookFiles(file, jp.nintei.store.LogbookStore.Purpose.CSV);
            List<T> rows = new CsvImporter(clock.getZone(), new jp.nintei.domain.Texts(l10n.locale())).read(file, kind);
            return new ImportPreview<>(kind, file, rows, store.records(kind.type()).countAlreadyThere(rows));
        }, onPreview, e -> reportError(l10n.text("status.importFailed", StoreMessages.describe(e, l10n))));
    }

    /** Adds the previewed rows that are not already in the logbook, in one transaction. */
    public <T> void importRows(ImportPreview<T> preview) {
        Class<T> type = preview.kind().type();
        changeReversibly(() -> {
            RowEdit<T> takeBack = store.records(type).addNewReversibly(preview.rows());
            int added = takeBack.remove().length;
            long skipped = preview.rows().size() - added;
            Wording imported = new Wording("status.imported." + preview.kind().name(), added,
                    preview.file().getFileName());
            Wording wording = skipped > 0 ? new Wording("status.importSkipped", new Later(imported), skipped) : imported;
            return new Done<>(wording, new UndoHistory.Rows<>(type, takeBack), wording);
        }, null, this::report, e -> reportError(l10n.text("status.importFailed", StoreMessages.describe(e, l10n))));
    }

    /** The same CSV as the CLI {@code summary}, as of now, written with a BOM for Excel. */
    public void exportSummary(Path file) {
        runner.run(() -> {
            refuseLogbookFiles(file, jp.nintei.store.LogbookStore.Purpose.OUTPUT);
            Measurement now = measure();
            CsvFiles.writeForExcel(file, SummaryCsv.write(now.progress(), now.settings(),
                    new jp.nintei.domain.Texts(l10n.locale()), clock.getZone()));
            return file.toAbsolutePath();
        }, written -> report("status.exported", written.toString()),
                e -> reportError(l10n.text("status.exportFailed", file, StoreMessages.describe(e, l10n))));
    }

    /** A consistent copy of the logbook (SQLite's online backup API). */
    public void backupTo(Path file) {
        runner.run(() -> {
            store.backupTo(file);
            return file.toAbsolutePath();
        }, written -> report("status.backedUp", written.toString()),
                e -> reportError(l10n.text("status.backupFailed", StoreMessages.describe(e, l10n))));
    }

    /** Replaces the logbook with a verified backup; {@code onKept} hears where the replaced one was kept. */
    public void restore(Path backup, Consumer<Path> onKept) {
        if (demo.get()) {
            reportError(l10n.text("status.demoNoRestore"));
            return;
        }
        change(() -> {
            Path kept = store.restoreFrom(backup, now().toLocalDateTime());
            history.clear(); // the rows it would take back are those of the replaced logbook
            return kept;
        }, kept -> {
            onKept.accept(kept);
            report("status.restored", backup.getFileName());
        }, this::fail);
    }

    /** Today's automatic backup, if none was made today; a failure is reported, not fatal. */
    public void dailyBackup() {
        runner.run(() -> own.dailyBackup(now().toLocalDate()), daily -> {
            if (!daily.warnings().isEmpty()) {
                reportError(l10n.text("status.backupFailed", jp.nintei.domain.Phrase.joined(daily.warnings())));
            }
        }, e -> reportError(l10n.text("status.backupFailed", StoreMessages.describe(e, l10n))));
    }

    /** A file the user chose must not be one of a logbook's own files: nothing here reads or replaces those. */
    private void refuseLogbookFiles(Path chosen, jp.nintei.store.LogbookStore.Purpose what) {
        own.refuseOwnFile(chosen.toAbsolutePath(), what);
        store.refuseOwnFile(chosen.toAbsolutePath(), what);
    }

    // ---- the status bar

    public void report(String statusKey, Object... args) {
        report(new Wording(statusKey, args));
    }

    public void report(Wording wording) {
        error.set("");
        lastStatus = () -> wording.in(l10n);
        status.set(lastStatus.get());
    }

    public void reportError(String message) {
        lastStatus = null; // an error's own words (a file's message) stay as they are
        error.set(message);
        status.set(message);
    }

    // ---- inside

    /** Runs a command and measures again, off the FX thread; then publishes both and tells {@code then}. */
    private <R> void change(Callable<R> command, Consumer<R> then, Consumer<Exception> onFailure) {
        runner.run(() -> {
            R result = command.call(); // committed: whatever measuring does now, the change is saved
            try {
                return new Outcome<>(result, measure(), history.labels(), null);
            } catch (RuntimeException e) {
                return new Outcome<>(result, null, history.labels(), e);
            }
        }, outcome -> {
            publish(outcome);
            changes.set(changes.get() + 1); // the tables show the change even when the gauges could not
            then.accept(outcome.result());
            tellStale(outcome);
        }, onFailure);
    }

    /** A change saved but not measured: said after what was saved, and the gauges are marked as not current. */
    private void tellStale(Outcome<?> outcome) {
        if (outcome.measureFailure() != null) {
            reportError(l10n.text("status.notMeasured", status.get(),
                    StoreMessages.describe(outcome.measureFailure(), l10n)));
        }
    }

    /** A change that Undo can take back: {@code wording} (or, when null, the one the command returns) names it. */
    private <R> void changeReversibly(Callable<Done<R>> command, Wording wording, Consumer<R> then) {
        changeReversibly(command, wording, then, this::fail);
    }

    private <R> void changeReversibly(Callable<Done<R>> command, Wording wording, Consumer<R> then,
                                      Consumer<Exception> onFailure) {
        change(() -> {
            Done<R> done = command.call();
            history.done(wording != null ? wording : done.wording(), done.takeBack());
            return done.result();
        }, then, onFailure);
    }

    /** What a command returns: its result, the change that takes it back, and its wording when it words itself. */
    private record Done<R>(R result, UndoHistory.Reversal takeBack, Wording wording) {
        Done(R result, UndoHistory.Reversal takeBack) {
            this(result, takeBack, null);
        }
    }

    /** The store of one record type, with the reversal its edits make. */
    private record RecordStoreOf<T>(Class<T> type, LogbookStore logbook) {
        jp.nintei.store.RecordStore<T> store() {
            return logbook.records(type);
        }

        UndoHistory.Reversal takeBack(RowEdit<T> edit) {
            return new UndoHistory.Rows<>(type, edit);
        }

        UndoHistory.Reversal apply(RowEdit<T> edit) {
            return takeBack(store().apply(edit));
        }
    }

    private void publish(Outcome<?> outcome) {
        if (outcome.state() != null) {
            state.set(outcome.state());
            stale.set(false);
        } else if (outcome.measureFailure() != null) {
            stale.set(true);
            if (outcome.labels() == null) { // a refresh: nothing was saved, only the measure failed
                notMeasured(outcome.measureFailure());
            }
        }
        if (outcome.labels() != null) {
            canUndo.set(outcome.labels().undo().isPresent());
            canRedo.set(outcome.labels().redo().isPresent());
        }
        for (String warning; (warning = warnings.poll()) != null; ) {
            reportError(warning);
        }
    }

    /**
     * What a piece of work on the store's thread returns: its result, the new measure (null when measuring failed, or
     * was not asked for), the undo labels (null when the work changed nothing), and why measuring failed.
     */
    private record Outcome<R>(R result, Measurement state, UndoHistory.Labels labels, RuntimeException measureFailure) {
    }

    /** Runs off the FX thread: every gauge, the next review and the waiting replies, from one state of the logbook. */
    private Measurement measure() {
        return measure(jp.nintei.domain.WhatIf.NOTHING);
    }

    /** Measures with {@code whatIf} made at now; nothing is written. */
    private Measurement measure(jp.nintei.domain.WhatIf whatIf) {
        jp.nintei.domain.ProfileCatalog profiles = catalog;
        if (profiles == null) {
            profiles = jp.nintei.app.Profiles.load(own.file()); // the first time only, and never longer than WAIT
            catalog = profiles;
        }
        return jp.nintei.app.Measure.now(store, profiles, now(), whatIf);
    }

    private void fail(Exception e) {
        reportError(l10n.text("status.failed", StoreMessages.describe(e, l10n)));
    }
}
