package jp.nintei.app;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import jp.nintei.domain.Job;
import jp.nintei.domain.Message;
import jp.nintei.i18n.Phrase;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.Reconciliation;
import jp.nintei.domain.RowQuery;
import jp.nintei.domain.RuleProfile;
import jp.nintei.store.SampleData;
import jp.nintei.domain.Settings;
import jp.nintei.i18n.Texts;
import jp.nintei.domain.WhatIf;
import jp.nintei.store.Backups;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.RowEdit;
import jp.nintei.store.SharedFolders;

/**
 * The desktop app's use cases, JavaFX-free: the logbook shown (the user's own, or the sample data's in a demo logbook
 * of its own), each with its own Undo history, and every command and query on it. Each command returns what it did
 * and the state measured after it, in one read transaction; the caller runs them on one thread, in order (the
 * {@code ui} session runs them off the FX thread). The CLI's commands share {@link Imports}, {@link Exports},
 * {@link Measure} and {@link Safekeeping} with it.
 */
public final class Workspace {

    private final ShownLogbook logbook;
    private final LogbookStore own;
    private final Clock clock;
    private final ProfileShelf profiles;
    private boolean sharedFolderTold;
    /** The last measure without a what-if, as the tick compares with it; read and written on the runner's thread. */
    private volatile Measurement lastMeasured;

    public Workspace(LogbookStore own, Clock clock) {
        this.logbook = new ShownLogbook(own);
        this.own = own;
        this.clock = clock;
        this.profiles = new ProfileShelf(own.file());
    }

    public Path file() {
        return logbook.store().file();
    }

    public Path backupsFolder() {
        return Backups.folder(logbook.store().file());
    }

    public boolean demo() {
        return logbook.demo();
    }

    /** The time and the user's time zone. */
    public Clock clock() {
        return clock;
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    /** What the store said meanwhile that the user should hear; each once. */
    public List<Phrase> takeWarnings() {
        return logbook.takeWarnings();
    }

    // ---- measuring and reading

    /** Measures at the current time, with the notices opening or the store left (and, once, a synced folder). */
    public Changed<List<Phrase>> refresh() {
        List<Phrase> notices = new ArrayList<>(own.takeNotices());
        if (!sharedFolderTold) {
            sharedFolderTold = true;
            SharedFolders.problem(own.file()).ifPresent(where -> notices.add(new Phrase("status.sharedFolder", where)));
        }
        return measured(notices, null);
    }

    /** Every gauge, the next review and the waiting replies, from one state of the logbook logbook.store(). */
    public Measurement measure() {
        return measure(WhatIf.NOTHING);
    }

    /** As {@link #measure()}, with {@code whatIf} made now; nothing is written. */
    public Measurement measure(WhatIf whatIf) {
        Measurement measured = Measure.now(logbook.store(), profiles.get(), now(), whatIf);
        if (whatIf.isNothing()) {
            lastMeasured = measured;
        }
        return measured;
    }

    /** The 30-second tick: measures again only when something shown may have changed ({@link Measure#stillShown}). */
    public Changed<List<Phrase>> tick() {
        Measurement last = lastMeasured;
        return Measure.stillShown(last, now(), logbook.store()) ? new Changed<>(List.of(), last.at(now()), null, null)
                : refresh();
    }

    /** The profile files read again on a thread of their own; {@code onChanged} runs there when they changed. */
    public void readProfilesAgain(Runnable onChanged) {
        if (profiles.loaded()) {
            profiles.reloadInBackground(onChanged);
        }
    }

    public <T> List<T> page(RecordKind<T> kind, RowQuery<T> query) {
        return logbook.store().records(kind).page(query);
    }

    public long count(RecordKind<?> kind, String search) {
        return logbook.store().records(kind).count(search);
    }

    /** Each requirement of {@code profile} at the end of each day from {@code from} to {@code to}, every {@code step}. */
    public ChartData chart(RuleProfile profile, LocalDate from, LocalDate to, Period step) {
        return Measure.chart(logbook.store(), profile, from, to, step, clock.getZone());
    }

    /** The jobs still in progress (what a what-if can complete or cancel), newest first. */
    public List<Job> openJobs() {
        return logbook.store().jobs().inProgress(200);
    }

    public List<String> categories() {
        return logbook.store().categories();
    }

    /** The logbook now against the figures the platform shows, which are kept with today ({@link Reconcile}). */
    public Changed<List<Reconciliation.Line>> reconcile(Map<Reconciliation.Figure, BigDecimal> platform) {
        return measured(Reconcile.compareAndKeep(logbook.store(), profiles.get(), now().toOffsetDateTime(),
                clock.getZone(), Optional.empty(), platform), logbook.history().labels());
    }

    // ---- changes, each one step of Undo

    public <T> Changed<T> add(RecordKind<T> kind, T row, Phrase said) {
        return change(said, () -> {
            T added = logbook.store().records(kind).add(row);
            return new Done<>(added, new UndoHistory.Rows<>(kind, RowEdit.removing(kind.idOf(added))));
        });
    }

    public <T> Changed<T> update(RecordKind<T> kind, T row, Phrase said) {
        return change(said, () -> new Done<>(row, rows(kind, RowEdit.putting(List.of(row)))));
    }

    public <T> Changed<Long> delete(RecordKind<T> kind, long id, Phrase said) {
        return change(said, () -> new Done<>(id, rows(kind, RowEdit.removing(id))));
    }

    public Changed<Settings> saveSettings(Settings settings) {
        return change(new Phrase("status.settingsSaved"),
                () -> new Done<>(settings, new UndoHistory.SettingsAsThey(settings).apply(logbook.store())));
    }

    /** Marks every message whose deadline under {@code profile} passed more than a week ago "no reply needed". */
    public Changed<Phrase> dismissOlderUnanswered(RuleProfile profile) {
        Instant upTo = Measure.olderThan(now().toInstant(), profile);
        List<Message> older = logbook.store().messages().waitingUpTo(upTo);
        Phrase said = new Phrase("status.olderDismissed", older.size());
        return change(said, () -> new Done<>(said, rows(RecordKind.MESSAGES,
                RowEdit.putting(older.stream().map(m -> m.withNoReplyNeeded(true)).toList()))));
    }

    /** Takes back the last change made to the logbook shown (up to 50); what it was, or nothing. */
    public Changed<Optional<Phrase>> undo() {
        return moved(logbook.history().undo(logbook.store()));
    }

    public Changed<Optional<Phrase>> redo() {
        return moved(logbook.history().redo(logbook.store()));
    }

    private Changed<Optional<Phrase>> moved(Optional<Phrase> moved) {
        return moved.isEmpty() ? new Changed<>(moved, null, logbook.history().labels(), null) : measured(moved, logbook.history().labels());
    }

    /** Reads a CSV file (all or nothing) and counts the rows the logbook already holds; writes nothing. */
    public <T> Imports.Preview<T> previewImport(RecordKind<T> kind, Path file, Texts texts) {
        return Imports.preview(logbook.store(), kind, logbook.chosen(file, LogbookStore.Purpose.CSV), clock.getZone(),
                texts);
    }

    /** Adds the previewed rows the logbook does not hold yet, in one transaction: one step of Undo. */
    public <T> Changed<Phrase> importRows(Imports.Preview<T> preview) {
        return change(null, () -> {
            RowEdit<T> takeBack = logbook.store().records(preview.kind()).addNewReversibly(preview.rows());
            int added = takeBack.remove().length;
            long skipped = preview.rows().size() - added;
            Phrase imported = new Phrase("status.imported." + preview.kind().name(), added,
                    preview.file().getFileName());
            Phrase said = skipped > 0 ? new Phrase("status.importSkipped", imported, skipped) : imported;
            return new Done<>(said, new UndoHistory.Rows<>(preview.kind(), takeBack), said);
        });
    }

    /** The same CSV as the CLI's {@code summary}, as of now, with a byte-order mark for Excel; where it went. */
    public Path exportSummary(Path file, Texts texts) {
        logbook.chosen(file, LogbookStore.Purpose.OUTPUT);
        String csv = Exports.summary(logbook.store(), profiles.get(), now().toOffsetDateTime(), Optional.empty(), false, texts,
                clock.getZone());
        Exports.write(List.of(own, logbook.store()), file, csv);
        return file.toAbsolutePath();
    }

    /** A consistent copy of the logbook shown (SQLite's online backup API); where it went. */
    public Path backupTo(Path file) {
        logbook.store().backupTo(logbook.chosen(file, LogbookStore.Purpose.BACKUP));
        return file.toAbsolutePath();
    }

    /** Replaces the user's logbook with a verified backup; the result is where the replaced one was kept. */
    public Changed<Path> restore(Path backup) {
        if (demo()) {
            throw new Refusal(Refusal.Reason.OTHER, new Phrase("status.demoNoRestore"));
        }
        Path kept = own.restoreFrom(logbook.chosen(backup, LogbookStore.Purpose.RESTORE), now().toLocalDateTime());
        logbook.history().clear(); // the rows it would take back are those of the replaced logbook
        return measured(kept, logbook.history().labels());
    }

    /** The check the open left for later, on a connection of its own (or today's backup's copy); throws its refusal. */
    public boolean checkLeftForLater() {
        own.checkUnlessBackupDue(now().toLocalDate());
        return true;
    }

    /** Today's backup, if none was made today, and the check if still left (no damaged logbook becomes a backup). */
    public DailyBackup dailyBackup() {
        try {
            Backups.Daily daily = own.dailyBackup(now().toLocalDate());
            return new DailyBackup(daily.recounted(), daily.warnings());
        } finally {
            own.checkNow(); // settled already, unless something unforeseen ended the backup before its copy
        }
    }

    /** A file dialog may have opened and closed the logbook's files, which drops SQLite's locks: they are taken again. */
    public void reopen() {
        logbook.reopen();
    }

    /** A demo logbook of its own, a few months of sample data ending now, is shown instead of the user's. */
    public Changed<Boolean> openDemo() {
        logbook.openDemo(SampleData.endingAt(now()));
        return measured(true, logbook.history().labels());
    }

    /** Back to the user's own logbook and its history; the demo logbook is deleted. */
    public Changed<Boolean> leaveDemo() {
        closeDemo();
        return measured(false, logbook.history().labels());
    }

    /** Closes and deletes the demo logbook, if one is open: on leaving it, and when the app closes. */
    public void closeDemo() {
        logbook.closeDemo();
    }

    /** What a change returns: its result, the change that takes it back, and its words when it words itself. */
    private record Done<R>(R result, UndoHistory.Reversal takeBack, Phrase said) {
        Done(R result, UndoHistory.Reversal takeBack) {
            this(result, takeBack, null);
        }
    }

    private <T> UndoHistory.Reversal rows(RecordKind<T> kind, RowEdit<T> edit) {
        return new UndoHistory.Rows<>(kind, logbook.store().records(kind).apply(edit));
    }

    /** Runs a change, records it for Undo (named {@code said}, or as it names itself), and measures after it. */
    private <R> Changed<R> change(Phrase said, Supplier<Done<R>> command) {
        Done<R> done = command.get();
        logbook.history().done(said != null ? said : done.said(), done.takeBack());
        return measured(done.result(), logbook.history().labels()); // committed: whatever measuring does now, it is saved
    }

    private <R> Changed<R> measured(R result, UndoHistory.Labels labels) {
        try {
            return new Changed<>(result, measure(), labels, null);
        } catch (RuntimeException e) {
            return new Changed<>(result, null, labels, e);
        }
    }
}
