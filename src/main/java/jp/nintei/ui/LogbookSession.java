package jp.nintei.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.nintei.app.Failures;
import jp.nintei.app.Imports;
import jp.nintei.app.Measurement;
import jp.nintei.app.Workspace;
import jp.nintei.app.Workspace.Changed;
import jp.nintei.domain.Job;
import jp.nintei.domain.Phrase;
import jp.nintei.domain.Progress;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.RowQuery;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.SampleData;
import jp.nintei.domain.Settings;
import jp.nintei.domain.WhatIf;

/**
 * The JavaFX side of the {@link Workspace}: runs its use cases off the FX thread (one at a time, in order, through the
 * {@link TaskRunner}), publishes the state measured after each on the FX thread with a change count that tables watch,
 * and says in the status bar what happened, in the current language. Screens reach the logbook only through it.
 */
public final class LogbookSession {

    private final Workspace workspace;
    private final TaskRunner runner;
    private final Clock clock;
    private final Localization l10n;
    private final AtomicBoolean readingProfiles = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<Measurement> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper();
    /** The gauges show the last good measure: measuring failed (after a change was saved, or on a refresh). */
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    /** The status bar's last message, to word again after a language switch; null for an error. */
    private Phrase lastStatus;

    public LogbookSession(jp.nintei.store.LogbookStore store, TaskRunner runner, Clock clock, Localization l10n) {
        this.workspace = new Workspace(store, clock);
        this.runner = runner;
        this.clock = clock;
        this.l10n = l10n;
        l10n.bundleProperty().addListener(obs -> {
            if (lastStatus != null) {
                status.set(l10n.text(lastStatus)); // the last message again, in the new language
            }
        });
        state.set(Measurement.before(now()));
    }

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

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** True while the screens show the demo logbook (sample data) instead of the user's own. */
    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /** True while the gauges show the last good measure because measuring failed (the status bar says why). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The profile the logbook is measured by, as of the last measure. */
    public RuleProfile profile() {
        return state.get().progress().profile();
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public Localization l10n() {
        return l10n;
    }

    /** The logbook shown (the demo one while it is open). */
    public Path logbookFile() {
        return workspace.file();
    }

    public Path backupsFolder() {
        return workspace.backupsFolder();
    }

    // ---- queries, answered on the FX thread

    /** Measures again at the current time (at start, and as windows roll); profile files are read again beside it. */
    public void refresh() {
        if (workspace.profilesRead()) {
            readProfilesAgain();
        }
        runner.run(workspace::refresh, changed -> {
            publish(changed);
            if (!changed.result().isEmpty()) {
                report("status.notice", Phrase.joined(changed.result()));
            }
        }, this::notMeasured);
    }

    /** The profile files, read on a thread of their own (a folder that hangs never holds up a write). */
    private void readProfilesAgain() {
        if (!readingProfiles.compareAndSet(false, true)) {
            return; // one read at a time: one stuck on a disk that does not answer is never joined by more
        }
        Thread reader = new Thread(() -> {
            try {
                if (workspace.readProfilesAgain()) {
                    runner.run(() -> workspace.refresh(), this::publish, this::notMeasured);
                }
            } catch (RuntimeException e) {
                // the profiles read before stay in use
            } finally {
                readingProfiles.set(false);
            }
        }, "nintei-profiles");
        reader.setDaemon(true);
        reader.start();
    }

    /** After a file dialog closed: the logbook's files are opened again, so SQLite's locks are held again. */
    public void fileDialogClosed() {
        runner.run(() -> {
            workspace.reopen();
            return null;
        }, done -> { }, this::fail);
    }

    public <T> void page(RecordKind<T> kind, RowQuery query, Consumer<List<T>> onPage) {
        runner.run(() -> workspace.page(kind, query), onPage, this::fail);
    }

    public void count(RecordKind<?> kind, String search, Consumer<Long> onCount) {
        runner.run(() -> workspace.count(kind, search), onCount, this::fail);
    }

    /** Each requirement over {@code from} … {@code to}, a point each {@code step}: the dashboard's chart. */
    public void history(LocalDate from, LocalDate to, Period step, Consumer<List<Progress>> onPoints) {
        RuleProfile profile = profile();
        runner.run(() -> workspace.history(profile, from, to, step), onPoints, this::fail);
    }

    /** Every gauge and the next review as they would be with {@code whatIf} made now; nothing is written. */
    public void tryWhatIf(WhatIf whatIf, Consumer<Measurement> onState) {
        runner.run(() -> workspace.measure(whatIf), onState, this::fail);
    }

    public void openJobs(Consumer<List<Job>> onJobs) {
        runner.run(workspace::openJobs, onJobs, this::fail);
    }

    public void categories(Consumer<List<String>> onCategories) {
        runner.run(workspace::categories, onCategories, this::fail);
    }

    // ---- changes: saved, measured, said

    public <T> void add(RecordKind<T> kind, T row, String statusKey, Object... args) {
        add(kind, row, added -> { }, statusKey, args);
    }

    /** Adds a row; {@code onAdded} hears it with its id, on the FX thread. */
    public <T> void add(RecordKind<T> kind, T row, Consumer<T> onAdded, String statusKey, Object... args) {
        Phrase said = new Phrase(statusKey, args);
        change(() -> workspace.add(kind, row, said), added -> {
            onAdded.accept(added);
            report(said);
        }, this::fail);
    }

    public <T> void update(RecordKind<T> kind, T row, String statusKey, Object... args) {
        Phrase said = new Phrase(statusKey, args);
        change(() -> workspace.update(kind, row, said), updated -> report(said), this::fail);
    }

    public <T> void delete(RecordKind<T> kind, long id, String statusKey, Object... args) {
        Phrase said = new Phrase(statusKey, args);
        change(() -> workspace.delete(kind, id, said), deleted -> report(said), this::fail);
    }

    public void saveSettings(Settings settings) {
        change(() -> workspace.saveSettings(settings), saved -> report("status.settingsSaved"), this::fail);
    }

    /** Marks every message whose reply deadline passed more than a week ago "no reply needed". */
    public void dismissOlderUnanswered() {
        RuleProfile profile = profile();
        change(() -> workspace.dismissOlderUnanswered(profile), this::report, this::fail);
    }

    /** Takes back the last change made in this session; the status bar says which. */
    public void undo() {
        change(workspace::undo, moved -> said(moved, "status.undone", "status.nothingToUndo"), this::fail);
    }

    public void redo() {
        change(workspace::redo, moved -> said(moved, "status.redone", "status.nothingToRedo"), this::fail);
    }

    private void said(Optional<Phrase> moved, String doneKey, String noneKey) {
        moved.ifPresentOrElse(what -> report(doneKey, what), () -> report(noneKey));
    }

    /** Try with sample data: a demo logbook of its own takes the place of the user's, which stays as it was. */
    public void openDemo() {
        SampleData sample = SampleData.endingAt(now());
        change(() -> workspace.openDemo(sample), shown -> report("status.demoOpened"), this::fail);
    }

    /** Back to the user's own logbook, untouched, with its own history; the demo logbook is deleted. */
    public void leaveDemo() {
        change(workspace::leaveDemo, shown -> report("status.demoLeft"), this::fail);
    }

    /** Closes and deletes the demo logbook, if one is open: when the app closes. */
    public void closeDemo() {
        workspace.closeDemo();
    }

    /** Reads a CSV file (all or nothing) and counts the rows already there; a bad file is said with line and field. */
    public <T> void previewImport(RecordKind<T> kind, Path file, Consumer<Imports.Preview<T>> onPreview) {
        runner.run(() -> workspace.previewImport(kind, file, l10n.texts()), onPreview,
                e -> failed("status.importFailed", e));
    }

    /** Adds the previewed rows that are not already in the logbook, in one transaction. */
    public <T> void importRows(Imports.Preview<T> preview) {
        change(() -> workspace.importRows(preview), this::report, e -> failed("status.importFailed", e));
    }

    /** The same CSV as the CLI's {@code summary}, as of now, with a byte-order mark for Excel. */
    public void exportSummary(Path file) {
        runner.run(() -> workspace.exportSummary(file, l10n.texts()),
                written -> report("status.exported", written.toString()),
                e -> reportError(l10n.text("status.exportFailed", file, Failures.describe(e, l10n.texts()))));
    }

    public void backupTo(Path file) {
        runner.run(() -> workspace.backupTo(file), written -> report("status.backedUp", written.toString()),
                e -> failed("status.backupFailed", e));
    }

    /** Replaces the logbook with a verified backup; {@code onKept} hears where the replaced one was kept. */
    public void restore(Path backup, Consumer<Path> onKept) {
        if (demo.get()) {
            reportError(l10n.text("status.demoNoRestore"));
            return;
        }
        change(() -> workspace.restore(backup), kept -> {
            onKept.accept(kept);
            report("status.restored", backup.getFileName());
        }, this::fail);
    }

    /** Today's automatic backup, if none was made today; a failure is said, not fatal. */
    public void dailyBackup() {
        runner.run(workspace::dailyBackup, warnings -> {
            if (!warnings.isEmpty()) {
                reportError(l10n.text("status.backupFailed", Phrase.joined(warnings)));
            }
        }, e -> failed("status.backupFailed", e));
    }

    // ---- the status bar

    public void report(String statusKey, Object... args) {
        report(new Phrase(statusKey, args));
    }

    public void report(Phrase phrase) {
        error.set("");
        lastStatus = phrase;
        status.set(l10n.text(phrase));
    }

    public void reportError(String message) {
        lastStatus = null; // an error's own words (a file's message) stay as they are
        error.set(message);
        status.set(message);
    }

    // ---- inside

    /** Runs a change off the FX thread; then publishes the state after it, moves the tables and tells {@code then}. */
    private <R> void change(Callable<Changed<R>> command, Consumer<R> then, Consumer<Exception> onFailure) {
        runner.run(command, changed -> {
            publish(changed);
            changes.set(changes.get() + 1); // the tables show the change even when the gauges could not
            then.accept(changed.result());
            if (changed.measureFailure() != null) { // saved, not measured: said after what was saved
                reportError(l10n.text("status.notMeasured", status.get(),
                        Failures.describe(changed.measureFailure(), l10n.texts())));
            }
        }, onFailure);
    }

    private void publish(Changed<?> changed) {
        demo.set(workspace.demo());
        if (changed.state() != null) {
            state.set(changed.state());
            stale.set(false);
        } else if (changed.measureFailure() != null) {
            stale.set(true);
            if (changed.labels() == null) { // a refresh: nothing was saved, only the measure failed
                notMeasured(changed.measureFailure());
            }
        }
        if (changed.labels() != null) {
            canUndo.set(changed.labels().undo().isPresent());
            canRedo.set(changed.labels().redo().isPresent());
        }
        workspace.takeWarnings().forEach(warning -> reportError(l10n.text(warning)));
    }

    private void notMeasured(Exception e) {
        stale.set(true);
        failed("status.measureFailed", e);
    }

    private void failed(String key, Exception e) {
        reportError(l10n.text(key, Failures.describe(e, l10n.texts())));
    }

    private void fail(Exception e) {
        failed("status.failed", e);
    }
}
