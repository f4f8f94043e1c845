package jp.nintei.ui;

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

/**
 * The one way the screens reach the logbook. Commands (add, update, delete, import, export, back up, restore, settings,
 * sample data) and queries (a page of rows) run off the FX thread; after a command the session measures again and
 * publishes the new {@link SessionState} and a change count that tables watch to reload their page. The engine is
 * called here and nowhere else in the app. Data flows one way: store → engine → these properties → presenters.
 */
public final class LogbookSession {

    /** Unanswered messages whose deadline passed longer ago than this collapse into one line. */
    static final Duration RECENT_OVERDUE = Duration.ofDays(7);
    /** At most this many waiting messages are listed one by one. */
    static final int WAITING_LIMIT = 200;

    private final LogbookStore store;
    private final TaskRunner runner;
    private final Clock clock;
    private final Localization l10n;
    private final RuleProfile profile = RuleProfile.LANCERS_CERTIFIED;
    private final ReadOnlyObjectWrapper<SessionState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** The status bar's last message, to word again after a language switch; null for an error. */
    private java.util.function.Supplier<String> lastStatus;

    public LogbookSession(LogbookStore store, TaskRunner runner, Clock clock, Localization l10n) {
        this.store = store;
        this.runner = runner;
        this.clock = clock;
        this.l10n = l10n;
        // a language switch words the status bar's last message again, in the new language
        l10n.bundleProperty().addListener(obs -> {
            if (lastStatus != null) {
                status.set(lastStatus.get());
            }
        });
        ZonedDateTime now = now();
        state.set(new SessionState(now, CertificationEngine.evaluate(jp.nintei.domain.Logbook.EMPTY, AsOf.of(now),
                profile), Settings.EMPTY, WaitingReplies.NONE, false));
    }

    // ---- what the screens watch

    public ReadOnlyObjectProperty<SessionState> stateProperty() {
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

    public RuleProfile profile() {
        return profile;
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

    public Path logbookFile() {
        return store.file();
    }

    public Path backupsFolder() {
        return Backups.folder(store.file());
    }

    // ---- queries

    /** Measures again at the current time: at start, and as windows roll and deadlines pass. */
    public void refresh() {
        runner.run(this::measure, state::set, this::fail);
    }

    /** One page of rows of {@code type} ({@code Job.class}, {@code Message.class} or {@code Review.class}). */
    public <T> void page(Class<T> type, RowQuery query, Consumer<List<T>> onPage) {
        runner.run(() -> store.records(type).page(query), onPage, this::fail);
    }

    /** How many rows of {@code type} match {@code search}. */
    public <T> void count(Class<T> type, String search, Consumer<Long> onCount) {
        runner.run(() -> store.records(type).count(search), onCount, this::fail);
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
        change(() -> store.records(type).add(row), added -> {
            onAdded.accept(added);
            report(statusKey, args);
        }, this::fail);
    }

    public <T> void update(Class<T> type, T row, String statusKey, Object... args) {
        change(() -> {
            store.records(type).update(row);
            return row;
        }, updated -> report(statusKey, args), this::fail);
    }

    public <T> void delete(Class<T> type, long id, String statusKey, Object... args) {
        change(() -> {
            store.records(type).delete(id);
            return id;
        }, deleted -> report(statusKey, args), this::fail);
    }

    public void saveSettings(Settings settings) {
        change(() -> {
            store.settings().save(settings);
            return settings;
        }, saved -> report("status.settingsSaved"), this::fail);
    }

    /** Marks every message whose reply deadline passed more than a week ago "no reply needed". */
    public void dismissOlderUnanswered() {
        Instant upTo = olderThan(now());
        change(() -> store.messages().markNoReplyNeededUpTo(upTo), marked -> report("status.olderDismissed", marked),
                this::fail);
    }

    public void loadSampleData() {
        SampleData sample = SampleData.endingAt(now());
        change(() -> {
            store.jobs().addAll(sample.jobs());
            store.messages().addAll(sample.messages());
            store.reviews().addAll(sample.reviews());
            store.settings().save(sample.settings());
            return sample;
        }, loaded -> report("status.sampleLoaded"), this::fail);
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
            List<T> rows = new CsvImporter(clock.getZone()).read(file, kind);
            return new ImportPreview<>(kind, file, rows, store.records(kind.type()).countAlreadyThere(rows));
        }, onPreview, e -> reportError(l10n.text("status.importFailed", e.getMessage())));
    }

    /** Adds the previewed rows that are not already in the logbook, in one transaction. */
    public <T> void importRows(ImportPreview<T> preview) {
        change(() -> store.records(preview.kind().type()).addNew(preview.rows()), added -> {
            long skipped = preview.rows().size() - added;
            report("status.imported." + preview.kind().name(), added, preview.file().getFileName());
            if (skipped > 0) {
                report("status.importSkipped", status.get(), skipped);
            }
        }, e -> reportError(l10n.text("status.importFailed", e.getMessage())));
    }

    /** The same CSV as the CLI {@code summary}, as of now, written with a BOM for Excel. */
    public void exportSummary(Path file) {
        runner.run(() -> {
            CsvFiles.writeForExcel(file, SummaryCsv.write(measure().progress()));
            return file.toAbsolutePath();
        }, written -> report("status.exported", written.toString()),
                e -> reportError(l10n.text("status.exportFailed", file, e.getMessage())));
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
        change(() -> store.restoreFrom(backup, now().toLocalDateTime()), kept -> {
            onKept.accept(kept);
            report("status.restored", backup.getFileName());
        }, this::fail);
    }

    /** Today's automatic backup, if none was made today; a failure is reported, not fatal. */
    public void dailyBackup() {
        runner.run(() -> store.dailyBackup(now().toLocalDate()), daily -> {
            if (!daily.warnings().isEmpty()) {
                reportError(l10n.text("status.backupFailed", String.join("; ", daily.warnings())));
            }
        }, e -> reportError(l10n.text("status.backupFailed", e.getMessage())));
    }

    // ---- the status bar

    public void report(String statusKey, Object... args) {
        error.set("");
        lastStatus = () -> l10n.text(statusKey, args);
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
            R result = command.call();
            return new Outcome<>(result, measure());
        }, outcome -> {
            state.set(outcome.state());
            changes.set(changes.get() + 1);
            then.accept(outcome.result());
        }, onFailure);
    }

    private record Outcome<R>(R result, SessionState state) {
    }

    /** Runs off the FX thread: the engine on the store's daily totals, the waiting replies, the settings. */
    private SessionState measure() {
        ZonedDateTime now = now();
        AsOf asOf = AsOf.of(now);
        Progress progress = store.withFacts(facts -> CertificationEngine.evaluate(facts, asOf, profile));
        WaitingReplies waiting = store.messages().waiting(olderThan(now), WAITING_LIMIT);
        return new SessionState(now, progress, store.settings().load(), waiting, store.isEmpty());
    }

    /** Messages received at or before this have had their deadline pass more than a week ago. */
    private Instant olderThan(ZonedDateTime now) {
        return now.toInstant().minus(profile.replyDeadline().orElse(Duration.ofHours(24))).minus(RECENT_OVERDUE);
    }

    private void fail(Exception e) {
        reportError(l10n.text("status.failed", StoreMessages.describe(e, l10n)));
    }
}
