package jp.nintei.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
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

/**
 * The {@code backups} folder beside a logbook: one automatic backup per day of use ({@code nintei-2026-11-28.db}),
 * keeping the last 7 daily and the last 4 weekly ones; copies of a logbook replaced by a restore
 * ({@code replaced-20261128-091500.db}). Backups are made with SQLite's online backup API, never by copying an open
 * file.
 */
public final class Backups {

    static final int DAILY = 7;
    static final int WEEKLY = 4;
    private static final String PREFIX = "nintei-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backups() {
    }

    public static Path folder(Path logbook) {
        return logbook.toAbsolutePath().resolveSibling("backups");
    }

    /** Makes today's backup if there is none yet, then removes the ones the rotation no longer keeps. */
    public static Optional<Path> daily(Database db, LocalDate today) {
        Path dir = folder(db.file());
        DataFiles.createPrivateDirectories(dir);
        Path target = dailyFile(db.file(), today);
        Optional<Path> made = Optional.empty();
        if (!Files.exists(target)) {
            Path temp = dir.resolve("." + target.getFileName() + ".tmp");
            deleteIfExists(temp); // left by a process killed while backing up
            db.backupTo(temp);
            move(temp, target);
            made = Optional.of(target);
        }
        prune(dir);
        return made;
    }

    /** Where the automatic backup of {@code today} is (or will be). */
    static Path dailyFile(Path logbook, LocalDate today) {
        return folder(logbook).resolve(PREFIX + today + ".db");
    }

    /** The newest automatic backup of the logbook, if any. */
    public static Optional<Path> latest(Path logbook) {
        return dated(folder(logbook)).stream().findFirst().map(DatedBackup::file);
    }

    /**
     * Replaces the logbook file with a verified backup while it is not open (for a logbook that cannot be opened, or
     * from the CLI). The replaced file — and its -wal and -shm, if any — are moved into the backups folder first.
     *
     * @return where the replaced logbook was kept, if there was one
     */
    public static Optional<Path> restoreFile(Path logbook, Path backup, LocalDateTime now) {
        Path file = logbook.toAbsolutePath();
        Database.verify(backup);
        WriterLock lock = WriterLock.acquire(file);
        try {
            Path dir = folder(file);
            DataFiles.createPrivateDirectories(dir);
            Optional<Path> kept = Optional.empty();
            if (Files.exists(file)) {
                Path replaced = dir.resolve("replaced-" + now.format(STAMP) + ".db");
                for (String suffix : new String[] {"-wal", "-shm"}) {
                    Path side = file.resolveSibling(file.getFileName() + suffix);
                    if (Files.exists(side)) {
                        move(side, replaced.resolveSibling(replaced.getFileName() + suffix));
                    }
                }
                move(file, replaced);
                kept = Optional.of(replaced);
            }
            Path temp = file.resolveSibling("." + file.getFileName() + ".restoring");
            Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
            DataFiles.makePrivate(temp);
            move(temp, file);
            return kept;
        } catch (IOException e) {
            throw new StoreException("Could not restore " + backup + ": " + e.getMessage(), e);
        } finally {
            lock.release();
        }
    }

    /** A name for the copy of an open logbook that a restore replaces. */
    static Path replacedCopy(Path logbook, LocalDateTime now) {
        Path dir = folder(logbook);
        DataFiles.createPrivateDirectories(dir);
        return dir.resolve("replaced-" + now.format(STAMP) + ".db");
    }

    static void prune(Path dir) {
        List<DatedBackup> all = dated(dir);
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
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    record DatedBackup(Path file, LocalDate date) {
    }

    /** The automatic backups in {@code dir}, newest first. */
    static List<DatedBackup> dated(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<DatedBackup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(PREFIX) && name.endsWith(".db")) {
                    try {
                        found.add(new DatedBackup(f, LocalDate.parse(name.substring(PREFIX.length(), name.length() - 3))));
                    } catch (DateTimeParseException notOurs) {
                        // a file the user put there: leave it alone
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(DatedBackup::date).reversed());
        return found;
    }

    static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException("Cannot remove " + file + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }
}
