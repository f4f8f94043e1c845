package jp.nintei.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import jp.nintei.domain.History;
import jp.nintei.domain.Job;
import jp.nintei.domain.Message;
import jp.nintei.domain.Phrase;
import jp.nintei.domain.ProfileCatalog;
import jp.nintei.domain.Progress;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.RowQuery;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.SampleData;
import jp.nintei.domain.Settings;
import jp.nintei.domain.Texts;
import jp.nintei.domain.WhatIf;
import jp.nintei.store.Backups;
import jp.nintei.store.DemoLogbook;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.ProfileFolder;
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

    /**
     * What a command did: its result; the state measured after it, or null when measuring failed (then
     * {@code measureFailure} says why: what was committed stays committed); what Undo and Redo would do now.
     */
    public record Changed<R>(R result, Measurement state, UndoHistory.Labels labels, RuntimeException measureFailure) {
    }

    private final LogbookStore own;
    private final Clock clock;
    /** The logbook shown: {@link #own}, or the demo logbook while one is open. */
    private volatile LogbookStore shown;
    private final UndoHistory ownHistory = new UndoHistory();
    private volatile UndoHistory history = ownHistory;
    /** The rule profiles, read once before the first measure and again by {@link #readProfilesAgain()}. */
    private volatile ProfileCatalog catalog;
    private boolean sharedFolderTold;
    /** What the store said that the user should hear (a replaced journal): taken by {@link #takeWarnings()}. */
    private final Queue<Phrase> warnings = new ConcurrentLinkedQueue<>();

    public Workspace(LogbookStore own, Clock clock) {
        this.own = own;
        this.shown = own;
        this.clock = clock;
        own.onWarning(e -> warnings.add(e.phrase()));
    }

    public Path file() {
        return shown.file();
    }

    public Path backupsFolder() {
        return Backups.folder(shown.file());
    }

    public boolean demo() {
        return shown != own;
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
        List<Phrase> taken = new ArrayList<>();
        for (Phrase p; (p = warnings.poll()) != null; ) {
            taken.add(p);
        }
        return taken;
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

    /** Every gauge, the next review and the waiting replies, from one state of the logbook shown. */
    public Measurement measure() {
        return measure(WhatIf.NOTHING);
    }

    /** As {@link #measure()}, with {@code whatIf} made now; nothing is written. */
    public Measurement measure(WhatIf whatIf) {
        ProfileCatalog profiles = catalog;
        if (profiles == null) {
            profiles = Profiles.load(own.file()); // the first time only, and never longer than Profiles.WAIT
            catalog = profiles;
        }
        return Measure.now(shown, profiles, now(), whatIf);
    }

    /** Whether the profile files were read once (they are before the first measure). */
    public boolean profilesRead() {
        return catalog != null;
    }

    /** Reads the profile files again (on a thread of the caller's choosing, never the store's); true when changed. */
    public boolean readProfilesAgain() {
        ProfileCatalog read = ProfileFolder.load(own.file());
        if (read.equals(catalog)) {
            return false;
        }
        catalog = read;
        return true;
    }

    public <T> List<T> page(RecordKind<T> kind, RowQuery query) {
        return shown.records(kind.type()).page(query);
    }

    public long count(RecordKind<?> kind, String search) {
        return shown.records(kind.type()).count(search);
    }

    /** Each requirement of {@code profile} at the end of each day from {@code from} to {@code to}, every {@code step}. */
    public List<Progress> history(RuleProfile profile, LocalDate from, LocalDate to, Period step) {
        return shown.withFacts(facts -> History.points(facts, profile, from, to, step, clock.getZone()));
    }

    /** The jobs still in progress (what a what-if can complete or cancel), newest first. */
    public List<Job> openJobs() {
        return shown.jobs().inProgress(200);
    }

    public List<String> categories() {
        return shown.categories();
    }

    // ---- changes, each one step of Undo

    public <T> Changed<T> add(RecordKind<T> kind, T row, Phrase said) {
        return change(said, () -> {
            T added = shown.records(kind.type()).add(row);
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
                () -> new Done<>(settings, new UndoHistory.SettingsAsThey(settings).apply(shown)));
    }

    /** Marks every message whose deadline under {@code profile} passed more than a week ago "no reply needed". */
    public Changed<Phrase> dismissOlderUnanswered(RuleProfile profile) {
        Instant upTo = Measure.olderThan(now().toInstant(), profile);
        List<Message> older = shown.messages().waitingUpTo(upTo);
        Phrase said = new Phrase("status.olderDismissed", older.size());
        return change(said, () -> new Done<>(said, rows(RecordKind.MESSAGES,
                RowEdit.putting(older.stream().map(m -> m.withNoReplyNeeded(true)).toList()))));
    }

    /** Takes back the last change made to the logbook shown (up to 50); what it was, or nothing. */
    public Changed<Optional<Phrase>> undo() {
        return moved(history.undo(shown));
    }

    public Changed<Optional<Phrase>> redo() {
        return moved(history.redo(shown));
    }

    private Changed<Optional<Phrase>> moved(Optional<Phrase> moved) {
        return moved.isEmpty() ? new Changed<>(moved, null, history.labels(), null) : measured(moved, history.labels());
    }

    // ---- files

    /** Reads a CSV file (all or nothing) and counts the rows the logbook already holds; writes nothing. */
    public <T> Imports.Preview<T> previewImport(RecordKind<T> kind, Path file, Texts texts) {
        refuseLogbookFiles(file, LogbookStore.Purpose.CSV);
        return Imports.preview(shown, kind, file, clock.getZone(), texts);
    }

    /** Adds the previewed rows the logbook does not hold yet, in one transaction: one step of Undo. */
    public <T> Changed<Phrase> importRows(Imports.Preview<T> preview) {
        return change(null, () -> {
            RowEdit<T> takeBack = shown.records(preview.kind().type()).addNewReversibly(preview.rows());
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
        refuseLogbookFiles(file, LogbookStore.Purpose.OUTPUT);
        String csv = Exports.summary(shown, catalog != null ? catalog : Profiles.load(own.file()), now()
                .toOffsetDateTime(), Optional.empty(), false, texts, clock.getZone());
        Exports.write(List.of(own, shown), file, csv);
        return file.toAbsolutePath();
    }

    /** A consistent copy of the logbook shown (SQLite's online backup API); where it went. */
    public Path backupTo(Path file) {
        shown.backupTo(file);
        return file.toAbsolutePath();
    }

    /** Replaces the user's logbook with a verified backup; the result is where the replaced one was kept. */
    public Changed<Path> restore(Path backup) {
        if (demo()) {
            throw new Refusal(Refusal.Reason.OTHER, new Phrase("status.demoNoRestore"));
        }
        Path kept = own.restoreFrom(backup, now().toLocalDateTime());
        history.clear(); // the rows it would take back are those of the replaced logbook
        return measured(kept, history.labels());
    }

    /** Today's automatic backup of the user's logbook, if none was made today; what went wrong, if anything. */
    public List<Phrase> dailyBackup() {
        return own.dailyBackup(now().toLocalDate()).warnings();
    }

    /** A file dialog may have opened and closed the logbook's files, which drops SQLite's locks: they are taken again. */
    public void reopen() {
        own.reopen();
        if (shown != own) {
            shown.reopen();
        }
    }

    // ---- the sample data

    /** A demo logbook of its own, filled with {@code sample}, is shown instead of the user's, which stays as it was. */
    public Changed<Boolean> openDemo(SampleData sample) {
        if (shown == own) {
            shown = DemoLogbook.create(sample);
            history = new UndoHistory();
        }
        return measured(true, history.labels());
    }

    /** Back to the user's own logbook and its history; the demo logbook is deleted. */
    public Changed<Boolean> leaveDemo() {
        closeDemo();
        return measured(false, history.labels());
    }

    /** Closes and deletes the demo logbook, if one is open: on leaving it, and when the app closes. */
    public void closeDemo() {
        LogbookStore demo = shown;
        if (demo != own) {
            shown = own;
            history = ownHistory;
            DemoLogbook.delete(demo);
        }
    }

    // ---- inside

    /** What a change returns: its result, the change that takes it back, and its words when it words itself. */
    private record Done<R>(R result, UndoHistory.Reversal takeBack, Phrase said) {
        Done(R result, UndoHistory.Reversal takeBack) {
            this(result, takeBack, null);
        }
    }

    private <T> UndoHistory.Reversal rows(RecordKind<T> kind, RowEdit<T> edit) {
        return new UndoHistory.Rows<>(kind, shown.records(kind.type()).apply(edit));
    }

    /** Runs a change, records it for Undo (named {@code said}, or as it names itself), and measures after it. */
    private <R> Changed<R> change(Phrase said, Callable<Done<R>> command) {
        Done<R> done;
        try {
            done = command.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        history.done(said != null ? said : done.said(), done.takeBack());
        return measured(done.result(), history.labels()); // committed: whatever measuring does now, it is saved
    }

    private <R> Changed<R> measured(R result, UndoHistory.Labels labels) {
        try {
            return new Changed<>(result, measure(), labels, null);
        } catch (RuntimeException e) {
            return new Changed<>(result, null, labels, e);
        }
    }

    private void refuseLogbookFiles(Path chosen, LogbookStore.Purpose what) {
        own.refuseOwnFile(chosen.toAbsolutePath(), what);
        shown.refuseOwnFile(chosen.toAbsolutePath(), what);
    }
}
