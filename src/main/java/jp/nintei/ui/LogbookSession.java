package jp.nintei.ui;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.nintei.domain.AsOf;
import jp.nintei.domain.CertificationEngine;
import jp.nintei.domain.Logbook;
import jp.nintei.domain.Message;
import jp.nintei.domain.Progress;
import jp.nintei.domain.RuleProfile;
import jp.nintei.store.LogbookStore;

/**
 * The open logbook as the screens see it: the latest snapshot and its progress, republished after every change
 * made anywhere in the app, so every screen and gauge is current without a refresh. Data flows one way:
 * store → engine → these properties → presenters.
 */
public final class LogbookSession {

    private final LogbookStore store;
    private final TaskRunner runner;
    private final Clock clock;
    private final Localization l10n;
    private final ReadOnlyObjectWrapper<Logbook> logbook = new ReadOnlyObjectWrapper<>(Logbook.EMPTY);
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Message> selectedMessage = new SimpleObjectProperty<>();

    public LogbookSession(LogbookStore store, TaskRunner runner, Clock clock, Localization l10n) {
        this.store = store;
        this.runner = runner;
        this.clock = clock;
        this.l10n = l10n;
        progress.set(evaluate(Logbook.EMPTY));
    }

    /** Reads the logbook again (at start, and after a change). */
    public void reload() {
        runner.run(store::snapshot, this::publish, this::fail);
    }

    /**
     * Runs a change against the store off the FX thread, then republishes the logbook and reports
     * {@code statusKey} in the status bar. A failure is reported and changes nothing on screen.
     */
    public void change(Consumer<LogbookStore> action, String statusKey, Object... args) {
        runner.run(() -> {
            action.accept(store);
            return store.snapshot();
        }, snapshot -> {
            publish(snapshot);
            error.set("");
            status.set(l10n.text(statusKey, args));
        }, this::fail);
    }

    /** Measures again at the current time (the windows roll and deadlines pass while the app stays open). */
    public void tick() {
        progress.set(evaluate(logbook.get()));
    }

    public void report(String statusKey, Object... args) {
        status.set(l10n.text(statusKey, args));
    }

    public void reportError(String message) {
        error.set(message);
        status.set(message);
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    public Clock clock() {
        return clock;
    }

    public Localization l10n() {
        return l10n;
    }

    public LogbookStore store() {
        return store;
    }

    public TaskRunner runner() {
        return runner;
    }

    public ReadOnlyObjectProperty<Logbook> logbookProperty() {
        return logbook.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The message selected on any screen: what Shortcut+R marks replied. */
    public ObjectProperty<Message> selectedMessageProperty() {
        return selectedMessage;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private void publish(Logbook snapshot) {
        logbook.set(snapshot);
        progress.set(evaluate(snapshot));
    }

    private void fail(Exception e) {
        reportError(l10n.text("status.failed", StoreMessages.describe(e, l10n)));
    }

    private Progress evaluate(Logbook snapshot) {
        return CertificationEngine.evaluate(snapshot, AsOf.of(now()), RuleProfile.LANCERS_CERTIFIED);
    }
}
