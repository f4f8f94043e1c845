package jp.nintei.ui;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import jp.nintei.app.Failures;
import jp.nintei.app.Measurement;
import jp.nintei.app.Workspace;
import jp.nintei.app.Changed;
import jp.nintei.i18n.Phrase;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.Settings;

/**
 * The JavaFX side of the {@link Workspace}: runs its use cases off the FX thread (one at a time, in order, through the
 * {@link TaskRunner}), publishes the state measured after each on the FX thread with a change count that tables watch,
 * and says in the status bar what happened, in the current language. Screens reach the logbook only through it.
 */
public final class LogbookSession {

    private final Workspace workspace;
    private final TaskRunner runner;
    private final Localization l10n;
    private final StatusBar bar;
    private final SessionState shown;

    public LogbookSession(Workspace workspace, TaskRunner runner, Localization l10n) {
        this.workspace = workspace;
        this.runner = runner;
        this.l10n = l10n;
        this.bar = new StatusBar(l10n);
        this.shown = new SessionState(Measurement.before(now()));
    }

    /** What the screens watch: the measure, the change count, undo/redo, demo, stale. */
    public SessionState shown() {
        return shown;
    }

    /** What the status bar says. */
    public StatusBar status() {
        return bar;
    }

    /** The profile the logbook is measured by, as of the last measure. */
    public RuleProfile profile() {
        return shown.stateProperty().get().progress().profile();
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(workspace.clock());
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

    /** Measures again at the current time (at start, and as windows roll); profile files are read again beside it. */
    public void refresh() {
        measure(workspace::refresh);
    }

    /** The 30-second tick: measures again only when time or another program changed what shows (Workspace.tick). */
    public void tick() {
        measure(workspace::tick);
    }

    private void measure(Callable<Changed<List<Phrase>>> how) {
        workspace.readProfilesAgain(() -> runner.run(workspace::refresh, this::publish, this::notMeasured));
        runner.run(how, changed -> {
            publish(changed);
            if (!changed.result().isEmpty()) {
                bar.say("status.notice", Phrase.joined(changed.result()));
            }
        }, this::notMeasured);
    }

    /** After a file dialog closed: the logbook's files are opened again, so SQLite's locks are held again. */
    public void fileDialogClosed() {
        run(w -> {
            w.reopen();
            return true;
        }, reopened -> { }, "status.failed");
    }

    /** Runs {@code query} on the logbook off the FX thread; {@code then} hears its answer on the FX thread. */
    public <R> void read(Function<Workspace, R> query, Consumer<R> then) {
        runner.run(() -> query.apply(workspace), then, this::fail);
    }

    /**
     * Runs {@code command} on the logbook off the FX thread; then publishes the state measured after it, moves the
     * tables and tells {@code then} its result, on the FX thread. A failure is said as {@code failureKey}
     * ("Import failed: {0}").
     */
    public <R> void change(Function<Workspace, Changed<R>> command, Consumer<R> then, String failureKey) {
        change(() -> command.apply(workspace), then, e -> bar.failed(failureKey, e));
    }

    /** Runs {@code work} off the FX thread, writing nothing the gauges show (a backup, an export). */
    public <R> void run(Function<Workspace, R> work, Consumer<R> then, String failureKey) {
        run(work, then, e -> bar.failed(failureKey, e));
    }

    /** As above, {@code failed} hearing a failure on the FX thread. */
    public <R> void run(Function<Workspace, R> work, Consumer<R> then, Consumer<Exception> failed) {
        runner.run(() -> work.apply(workspace), then, failed);
    }

    /** As above, beside the queue: long work that reads on a connection of its own ({@link TaskRunner#runAside}). */
    public <R> void runAside(Function<Workspace, R> work, Consumer<R> then, Consumer<Exception> failed) {
        runner.runAside(() -> work.apply(workspace), then, failed);
    }

    /** Adds a row; {@code onAdded} hears it with its id, on the FX thread. */
    public <T> void add(RecordKind<T> kind, T row, Consumer<T> onAdded, String statusKey, Object... args) {
        Phrase said = new Phrase(statusKey, args);
        change(() -> workspace.add(kind, row, said), added -> {
            onAdded.accept(added);
            bar.say(said);
        }, this::fail);
    }

    public <T> void update(RecordKind<T> kind, T row, String statusKey, Object... args) {
        Phrase said = new Phrase(statusKey, args);
        change(() -> workspace.update(kind, row, said), updated -> bar.say(said), this::fail);
    }

    public <T> void delete(RecordKind<T> kind, long id, String statusKey, Object... args) {
        Phrase said = new Phrase(statusKey, args);
        change(() -> workspace.delete(kind, id, said), deleted -> bar.say(said), this::fail);
    }

    public void saveSettings(Settings settings) {
        change(() -> workspace.saveSettings(settings), saved -> bar.say("status.settingsSaved"), this::fail);
    }

    /** Takes back the last change made in this session; the status bar says which. */
    public void undo() {
        change(workspace::undo, moved -> bar.sayEither(moved, "status.undone", "status.nothingToUndo"), this::fail);
    }

    public void redo() {
        change(workspace::redo, moved -> bar.sayEither(moved, "status.redone", "status.nothingToRedo"), this::fail);
    }

    /** Try with sample data: a demo logbook of its own takes the place of the user's, which stays as it was. */
    public void openDemo() {
        change(workspace::openDemo, shown -> bar.say("status.demoOpened"), this::fail);
    }

    /** Back to the user's own logbook, untouched, with its own history; the demo logbook is deleted. */
    public void leaveDemo() {
        change(workspace::leaveDemo, shown -> bar.say("status.demoLeft"), this::fail);
    }

    /** Closes and deletes the demo logbook, if one is open: when the app closes. */
    public void closeDemo() {
        workspace.closeDemo();
    }

    /** Runs a change off the FX thread; then publishes the state after it, moves the tables and tells {@code then}. */
    private <R> void change(Callable<Changed<R>> command, Consumer<R> then, Consumer<Exception> onFailure) {
        runner.run(command, changed -> {
            // counted first: what reads again on the new state (the chart) knows it follows a change, even one that
            // moves no gauge (a platform figure kept); the tables show the change even when the gauges could not
            shown.changed();
            publish(changed);
            then.accept(changed.result());
            if (changed.measureFailure() != null) { // saved, not measured: said after what was saved
                bar.sayError(l10n.text("status.notMeasured", bar.textProperty().get(),
                        Failures.describe(changed.measureFailure(), l10n.texts())));
            }
        }, onFailure);
    }

    private void publish(Changed<?> changed) {
        if (shown.publish(changed, workspace.demo())) { // a refresh: nothing was saved, only the measure failed
            notMeasured(changed.measureFailure());
        }
        workspace.takeWarnings().forEach(warning -> bar.sayError(l10n.text(warning)));
    }

    private void notMeasured(Exception e) {
        shown.stale();
        bar.failed("status.measureFailed", e);
    }

    private void fail(Exception e) {
        bar.failed("status.failed", e);
    }
}
