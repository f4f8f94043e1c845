package jp.nintei.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import jp.nintei.app.Failures;
import jp.nintei.app.Measurement;
import jp.nintei.app.Workspace;
import jp.nintei.app.Changed;
import jp.nintei.domain.Phrase;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.RowQuery;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.SampleData;
import jp.nintei.domain.Settings;

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
    private final ReadOnlyObjectWrapper<Measurement> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper();
    private final StatusBar bar;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper();
    /** The gauges show the last good measure: measuring failed (after a change was saved, or on a refresh). */
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();

    public LogbookSession(Workspace workspace, TaskRunner runner, Localization l10n) {
        this.workspace = workspace;
        this.runner = runner;
        this.clock = workspace.clock();
        this.l10n = l10n;
        this.bar = new StatusBar(l10n);
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
        return bar.textProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return bar.errorProperty();
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
        workspace.readProfilesAgain(() -> runner.run(workspace::refresh, this::publish, this::notMeasured));
        runner.run(workspace::refresh, changed -> {
            publish(changed);
            if (!changed.result().isEmpty()) {
                report("status.notice", Phrase.joined(changed.result()));
            }
        }, this::notMeasured);
    }

    /** After a file dialog closed: the logbook's files are opened again, so SQLite's locks are held again. */
    public void fileDialogClosed() {
        runner.run(() -> {
            workspace.reopen();
            return null;
        }, done -> { }, this::fail);
    }

    /** Runs {@code query} on the logbook off the FX thread; {@code then} hears its answer on the FX thread. */
    public <R> void read(Function<Workspace, R> query, Consumer<R> then) {
        runner.run(() -> query.apply(workspace), then, this::fail);
    }

    public <T> void page(RecordKind<T> kind, RowQuery query, Consumer<List<T>> onPage) {
        read(w -> w.page(kind, query), onPage);
    }

    public void count(RecordKind<?> kind, String search, Consumer<Long> onCount) {
        read(w -> w.count(kind, search), onCount);
    }

    // ---- changes: saved, measured, said

    /**
     * Runs {@code command} on the logbook off the FX thread; then publishes the state measured after it, moves the
     * tables and tells {@code then} its result, on the FX thread. A failure is said in the status bar.
     */
    public <R> void change(Function<Workspace, Changed<R>> command, Consumer<R> then) {
        change(() -> command.apply(workspace), then, this::fail);
    }

    /** As {@link #change(Function, Consumer)}; a failure is said as {@code failureKey} ("Import failed: {0}"). */
    public <R> void change(Function<Workspace, Changed<R>> command, Consumer<R> then, String failureKey) {
        change(() -> command.apply(workspace), then, e -> failed(failureKey, e));
    }

    /** Runs {@code work} off the FX thread, writing nothing the gauges show (a backup, an export). */
    public <R> void run(Function<Workspace, R> work, Consumer<R> then, String failureKey) {
        runner.run(() -> work.apply(workspace), then, e -> failed(failureKey, e));
    }

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

    // ---- the status bar

    public void report(String statusKey, Object... args) {
        report(new Phrase(statusKey, args));
    }

    public void report(Phrase phrase) {
        bar.say(phrase);
    }

    /** An error, in its own words (a file's message): said as it is, in either language. */
    public void reportError(String message) {
        bar.sayError(message);
    }

    // ---- inside

    /** Runs a change off the FX thread; then publishes the state after it, moves the tables and tells {@code then}. */
    private <R> void change(Callable<Changed<R>> command, Consumer<R> then, Consumer<Exception> onFailure) {
        runner.run(command, changed -> {
            publish(changed);
            changes.set(changes.get() + 1); // the tables show the change even when the gauges could not
            then.accept(changed.result());
            if (changed.measureFailure() != null) { // saved, not measured: said after what was saved
                reportError(l10n.text("status.notMeasured", bar.textProperty().get(),
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
