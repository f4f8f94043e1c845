package jp.nintei.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.nio.file.LinkOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import jp.nintei.i18n.Phrase;
import org.sqlite.SQLiteConfig;

/**
 * The {@code backups} folder beside a logbook: one automatic backup per day of use, named after the logbook
 * ({@code nintei-2026-11-28.db} for {@code nintei.db}, so logbooks sharing a folder never share backups), keeping the
 * last 7 daily and the last 4 weekly ones; and copies of a logbook replaced by a restore
 * ({@code replaced-nintei-20261128-091500.db}, never two of the same name). Every copy is made with SQLite's backup
 * API and verified before it replaces anything ({@link SafeCopy}); a failed backup never replaces or rotates out a good
 * one. Trouble with the folder — it cannot be written, or holds something odd — is a warning, never a failed command.
 */
public final class Backups {

    static final int DAILY = 7;
    static final int WEEKLY = 4;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backups() {
    }

    public static Path folder(Path logbook) {
        return logbook.toAbsolutePath().resolveSibling("backups");
    }

    /**
     * What the daily backup did: the file it made (if one was due), what went wrong on the way, in words, and whether
     * the day's recount of the totals ran (then a rebuild may have changed what the gauges show).
     */
    public record Daily(Optional<Path> made, List<Phrase> warnings, boolean recounted) {
    }

    /**
     * Makes today's backup if there is none yet, then removes the ones the rotation no longer keeps — only after a
     * backup was made and verified — and recounts the totals from the rows (the backup is the copy kept before a
     * rebuild). Where today's backup cannot be made, the totals are recounted all the same, a rebuild after a copy of
     * its own. The check the open left for later, if any, runs first: the copy's verification stands for it, or it
     * runs on the logbook. Throws only its refusal; a problem with the backups folder becomes a warning.
     */
    public static Daily daily(Database db, LocalDate today) {
        Path dir = folder(db.file());
        List<Phrase> warnings = new ArrayList<>();
        Path target = dailyFile(db.file(), today);
        try {
            DataFiles.createPrivateDirectories(dir);
            SafeCopy.clearStale(dir);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                db.checkNow();
                if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    warnings.add(new Phrase("store.backupInTheWay", target));
                    return recountWithoutBackup(db, warnings);
                }
                return new Daily(Optional.empty(), warnings, false);
            }
            SafeCopy.backup(db, target);
        } catch (StoreException e) {
            warnings.add(new Phrase("store.backupFailed", e.phrase()));
            db.checkNow(); // where no copy stood for it; a refusal of the logbook is thrown
            return recountWithoutBackup(db, warnings);
        }
        warnings.addAll(prune(dir, stem(db.file())));
        TotalsCheck.repairAfter(db, target, LocalDateTime.now()); // every backup is also a deep check of the totals
        return new Daily(Optional.of(target), warnings, true);
    }

    /** No backup today: the totals are recounted all the same; a rebuild needs a copy first, and fails without one. */
    private static Daily recountWithoutBackup(Database db, List<Phrase> warnings) {
        try {
            TotalsCheck.repair(db, LocalDateTime.now(), true);
        } catch (StoreException e) {
            warnings.add(e.phrase());
        }
        return new Daily(Optional.empty(), warnings, true);
    }

    /** Where the automatic backup of {@code today} is (or will be). */
    static Path dailyFile(Path logbook, LocalDate today) {
        return folder(logbook).resolve(stem(logbook) + "-" + today + ".db");
    }

    /** The newest automatic backup of this logbook (never another logbook's), if any. */
    public static Optional<Path> latest(Path logbook) {
        return dated(folder(logbook), stem(logbook)).stream().findFirst().map(DatedBackup::file);
    }

    /**
     * Replaces the logbook file with a verified backup while it is not open (for a logbook that cannot be opened, or
     * from the CLI). The backup is read through SQLite (its {@code -wal} counts), copied beside the logbook and
     * verified; the logbook it replaces is copied into the backups folder; then one atomic rename swaps the copy in.
     * At every moment either the old or the new logbook is in place, and the old one is also kept.
     *
     * @return where the replaced logbook was kept, if there was one
     */
    public static Optional<Path> restoreFile(Path logbook, Path backup, LocalDateTime now) {
        Path file = logbook.toAbsolutePath();
        LogbookStore.refuseOwnFile(file, backup.toAbsolutePath(), LogbookStore.Purpose.RESTORE);
        LogbookOpener.verify(backup);
        WriterLock lock = WriterLock.acquire(file);
        Path temp = null;
        try {
            temp = SafeCopy.newTemp(file);
            SafeCopy.copyFile(backup, temp); // verified, into the logbook's own folder
            Optional<Path> kept = Optional.empty();
            if (Files.exists(file)) {
                checkpoint(file);
                try {
                    kept = Optional.of(keepCopy(file, now));
                } catch (StoreException e) {
                    throw new StoreException(e.problem(), e.file(), e, "restoreCannotKeep", backup, folder(file),
                            e.phrase());
                }
            }
            for (String suffix : new String[] {"-wal", "-shm"}) {
                // the old logbook's journal would be replayed into the new one; it is kept with the replaced copy
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
            SafeCopy.moveAtomically(temp, file);
            return kept;
        } catch (IOException e) {
            throw StoreException.of(e, "restoreFailed", backup, DataFiles.reason(e));
        } finally {
            if (temp != null) {
                SafeCopy.deleteQuietly(temp);
            }
            lock.release();
        }
    }

    /** Folds a logbook's -wal into its main file, where it can be opened: then the main file alone is all of it. */
    private static void checkpoint(Path file) {
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException unreadable) {
            // a damaged logbook: its -wal is kept beside the replaced copy as it is
        }
    }

    /**
     * Copies the logbook file (and its -wal and -shm) into the backups folder under a name nothing else has — a file
     * copy, for a logbook no connection has open (one that is being replaced, or that could not be opened).
     */
    static Path keepCopy(Path file, LocalDateTime now) throws IOException {
        Path kept = replacedCopy(file, now);
        Path temp = SafeCopy.newTemp(kept);
        try {
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path side = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(side)) {
                    Path sideCopy = kept.resolveSibling(kept.getFileName() + suffix);
                    Files.copy(side, sideCopy, StandardCopyOption.REPLACE_EXISTING);
                    DataFiles.makePrivate(sideCopy);
                }
            }
            SafeCopy.moveAtomically(temp, kept);
        } finally {
            SafeCopy.deleteQuietly(temp);
        }
        return kept;
    }

    /** A name for the copy of a logbook that a restore replaces: never one that exists. */
    static Path replacedCopy(Path logbook, LocalDateTime now) {
        return copyName(logbook, REPLACED, now);
    }

    /** A name for the copy of a logbook kept before its totals are rebuilt: never one that exists. */
    static Path repairedCopy(Path logbook, LocalDateTime now) {
        return copyName(logbook, REPAIRED, now);
    }

    /** Kinds of kept copy: what a restore replaced, and a logbook as it was before a repair. */
    static final String REPLACED = "replaced-";
    static final String REPAIRED = "before-repair-";
    /** How many copies of each kind are kept, newest first; older ones go when a new one is made. */
    static final int KEPT_COPIES = 5;

    private static Path copyName(Path logbook, String kind, LocalDateTime now) {
        Path dir = folder(logbook);
        DataFiles.createPrivateDirectories(dir);
        pruneCopies(dir, kind, stem(logbook), KEPT_COPIES - 1); // room for the one about to be made
        String base = kind + stem(logbook) + "-" + now.format(STAMP);
        Path candidate = dir.resolve(base + ".db");
        for (int n = 2; Files.exists(candidate, LinkOption.NOFOLLOW_LINKS); n++) {
            candidate = dir.resolve(base + "-" + n + ".db");
        }
        return candidate;
    }

    /**
     * Keeps the newest {@code keep} copies of one kind of one logbook and removes the older ones (with their -wal and
     * -shm). Only names Nintei makes are touched: the kind, the logbook's stem, a time stamp, {@code .db}.
     */
    static void pruneCopies(Path dir, String kind, String stem, int keep) {
        Pattern ours = Pattern.compile(Pattern.quote(kind + stem + "-") + "\\d{8}-\\d{6}(-\\d+)?\\.db");
        List<Path> copies;
        try (Stream<Path> files = Files.list(dir)) {
            copies = files.filter(f -> ours.matcher(f.getFileName().toString()).matches()
                    && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList();
        } catch (IOException e) {
            return;
        }
        Comparator<Path> newestFirst = Comparator.comparing((Path f) -> stampOf(f, kind + stem + "-")).reversed();
        for (Path old : copies.stream().sorted(newestFirst).skip(keep).toList()) {
            SafeCopy.deleteQuietly(old);
        }
    }

    /** "20261128-091500" and its counter "-2" as a sortable key: …-091500-10 is newer than …-091500-9. */
    private static String stampOf(Path copy, String prefix) {
        String name = copy.getFileName().toString();
        String rest = name.substring(prefix.length(), name.length() - 3);
        String stamp = rest.substring(0, 15);
        String counter = rest.length() > 15 ? rest.substring(16) : "1";
        return stamp + "-" + "0".repeat(Math.max(0, 6 - counter.length())) + counter;
    }

    /** Removes the backups the rotation no longer keeps; returns what could not be removed, in words. */
    static List<Phrase> prune(Path dir, String stem) {
        List<Phrase> warnings = new ArrayList<>();
        List<DatedBackup> all = dated(dir, stem);
        Set<Path> keep = new HashSet<>();
        all.stream().limit(DAILY).forEach(b -> keep.add(b.file()));
        Set<String> weeks = new LinkedHashSet<>();
        for (DatedBackup b : all) { // newest first: the first backup seen of a week is its newest
            String week = b.date().get(IsoFields.WEEK_BASED_YEAR) + "-" + b.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < WEEKLY && weeks.add(week)) {
                keep.add(b.file());
            }
        }
        for (DatedBackup b : all) {
            if (!keep.contains(b.file())) {
                try {
                    Files.deleteIfExists(b.file());
                } catch (IOException e) {
                    warnings.add(new Phrase("store.oldBackupStays", b.file(), DataFiles.reason(e)));
                }
            }
        }
        return warnings;
    }

    record DatedBackup(Path file, LocalDate date) { }

    /** The automatic backups of the logbook named {@code stem} in {@code dir}, newest first (plain files only). */
    static List<DatedBackup> dated(Path dir, String stem) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String prefix = stem + "-";
        List<DatedBackup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".db")
                        && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        found.add(new DatedBackup(f, LocalDate.parse(name.substring(prefix.length(), name.length() - 3))));
                    } catch (DateTimeParseException notOurs) {
                        // another logbook's backup, or a file the user put there: leave it alone
                    }
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(DatedBackup::date).reversed());
        return found;
    }

    /** The logbook's file name without {@code .db}: what its backups are named after. */
    static String stem(Path logbook) {
        String name = logbook.getFileName().toString();
        return name.endsWith(".db") && name.length() > 3 ? name.substring(0, name.length() - 3) : name;
    }
}
