package jp.nintei.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.nintei.csv.CsvExporter;
import jp.nintei.csv.CsvFiles;
import jp.nintei.csv.CsvImporter;
import jp.nintei.csv.CsvKind;
import jp.nintei.csv.ImportException;
import jp.nintei.csv.SummaryCsv;
import jp.nintei.domain.TimeFormats;
import jp.nintei.domain.AsOf;
import jp.nintei.domain.CertificationEngine;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.SettingKey;
import jp.nintei.domain.Settings;
import jp.nintei.store.LogbookLocation;
import jp.nintei.store.Backups;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.RefusedFileException;
import jp.nintei.store.StoreException;

/**
 * The headless command line: the same store and engine as the app, for import, settings, summary and scripts.
 * Exit codes: 0 ok, 1 bad data or a refused file, 2 bad usage. It never prints a stack trace.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int BAD_DATA = 1;
    public static final int BAD_USAGE = 2;

    static final String USAGE = """
            Usage: nintei [--db FILE] COMMAND
              (no command)                          start the desktop app
              import jobs|messages|reviews FILE.csv [--allow-duplicates]
                                                    add the rows of a CSV file (all or nothing), skipping
                                                    rows already in the logbook unless told
              set KEY VALUE                         change a setting
              get [KEY]                             print a setting (all settings without KEY)
              summary [--as-of TIME] [--out FILE]   progress summary as CSV
              export jobs|messages|reviews FILE     all rows of one kind as CSV (import reads it back)
              backup FILE                           a consistent copy of the logbook
              restore FILE                          replace the logbook with a backup (the old one is kept)
              help                                  this text
            Settings: earnings.cutoff (yen), earnings.category, verified.identity, verified.phone, verified.nda (true/false)
            The logbook is --db FILE, else $NINTEI_DB, else the platform's data folder.
            """;

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    /** @param clock the current time and the user's time zone */
    public Cli(Map<String, String> env, PrintStream out, PrintStream err, Clock clock) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public int run(String[] args) {
        try {
            CommandLine line = CommandLine.parse(args);
            if (line.startsApp()) {
                throw new UsageException("no command given");
            }
            List<String> command = line.command();
            String name = command.get(0);
            List<String> rest = command.subList(1, command.size());
            if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
                out.print(USAGE);
                return OK;
            }
            if (!List.of("import", "set", "get", "summary", "export", "backup", "restore").contains(name)) {
                throw new UsageException("unknown command '" + name + "'");
            }
            Path db = LogbookLocation.resolve(line.db(), env);
            if (name.equals("restore")) {
                return restore(db, rest);
            }
            boolean readOnly = List.of("get", "summary", "export").contains(name);
            if (readOnly && !Files.exists(db)) {
                throw new StoreException("no logbook at " + db.toAbsolutePath() + " (nothing was created). Check --db or "
                        + LogbookLocation.ENV_VARIABLE + ", or import or set something first to start one.");
            }
            try (LogbookStore store = open(db, readOnly, LocalDate.now(clock))) {
                dailyBackup(store);
                return switch (name) {
                    case "import" -> importFile(store, rest);
                    case "set" -> set(store, rest);
                    case "get" -> get(store, rest);
                    case "export" -> export(store, rest);
                    case "backup" -> backup(store, rest);
                    default -> summary(store, rest);
                };
            }
        } catch (UsageException e) {
            err.println("nintei: " + e.getMessage());
            err.print(USAGE);
            return BAD_USAGE;
        } catch (ImportException | StoreException e) {
            err.println("nintei: " + e.getMessage());
            return BAD_DATA;
        } catch (RuntimeException e) {
            err.println("nintei: unexpected error: " + e);
            return BAD_DATA;
        }
    }

    /** Opens the logbook; a refused one gets the way back: the latest backup and how to restore it. */
    private static LogbookStore open(Path db, boolean readOnly, LocalDate today) {
        try {
            return readOnly ? LogbookStore.openForReading(db, today) : LogbookStore.open(db);
        } catch (RefusedFileException e) {
            Optional<Path> latest = Backups.latest(db);
            if (latest.isEmpty() || e.problem() == StoreException.Problem.NEWER_VERSION) {
                throw e; // an older backup would lose what the newer Nintei wrote: never offer it
            }
            throw new RefusedFileException(e.getMessage() + "\nThe latest backup is " + latest.get() + ". To restore it "
                    + "(the refused file is kept in the backups folder):\n  nintei --db " + db + " restore " + latest.get());
        }
    }

    /** A failed automatic backup is reported, and does not stop the command. */
    private void dailyBackup(LogbookStore store) {
        for (String warning : store.dailyBackup(LocalDate.now(clock)).warnings()) {
            err.println("nintei: warning: " + warning);
        }
    }

    private int restore(Path db, List<String> args) throws UsageException {
        if (args.size() != 1) {
            throw new UsageException("restore needs the backup FILE");
        }
        Path backup = Path.of(args.get(0));
        Optional<Path> kept = Backups.restoreFile(db, backup, LocalDateTime.now(clock));
        try (LogbookStore store = LogbookStore.open(db)) {
            out.println("Restored " + store.file() + " from " + backup + "."
                    + kept.map(k -> " The logbook it replaced is kept as " + k + ".").orElse(""));
        }
        return OK;
    }

    private int backup(LogbookStore store, List<String> args) throws UsageException {
        if (args.size() != 1) {
            throw new UsageException("backup needs a FILE to write");
        }
        store.backupTo(Path.of(args.get(0)));
        out.println("Backed up " + store.file() + " to " + Path.of(args.get(0)).toAbsolutePath() + ".");
        return OK;
    }

    private int export(LogbookStore store, List<String> args) throws UsageException, ImportException {
        if (args.size() != 2) {
            throw new UsageException("export needs a kind (jobs, messages or reviews) and a FILE");
        }
        CsvKind<?> kind = CsvKind.byName(args.get(0)).orElseThrow(() ->
                new UsageException("cannot export '" + args.get(0) + "': choose jobs, messages or reviews"));
        Path target = Path.of(args.get(1));
        try {
            CsvFiles.writeForExcel(target, CsvExporter.write(onlyRowsOf(store, kind), kind));
        } catch (IOException e) {
            throw new ImportException("Cannot write " + target + ": " + e.getMessage());
        }
        out.println("Exported " + kind.name() + " to " + target.toAbsolutePath() + ".");
        return OK;
    }

    /** The rows of one kind: a damaged value elsewhere in the logbook does not stop this export. */
    private static jp.nintei.domain.Logbook onlyRowsOf(LogbookStore store, CsvKind<?> kind) {
        List<jp.nintei.domain.Job> jobs = kind == CsvKind.JOBS ? store.jobs().all() : List.of();
        List<jp.nintei.domain.Message> messages = kind == CsvKind.MESSAGES ? store.messages().all() : List.of();
        List<jp.nintei.domain.Review> reviews = kind == CsvKind.REVIEWS ? store.reviews().all() : List.of();
        return new jp.nintei.domain.Logbook(jobs, messages, reviews, Settings.EMPTY);
    }

    private int importFile(LogbookStore store, List<String> arguments) throws UsageException, ImportException {
        List<String> args = new ArrayList<>(arguments);
        boolean allowDuplicates = args.remove("--allow-duplicates");
        if (args.size() != 2) {
            throw new UsageException("import needs a kind (jobs, messages or reviews) and a CSV file");
        }
        CsvKind<?> kind = CsvKind.byName(args.get(0)).orElseThrow(() ->
                new UsageException("cannot import '" + args.get(0) + "': choose jobs, messages or reviews"));
        Path file = Path.of(args.get(1));
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file + (Files.isDirectory(file) ? " is a folder, not a CSV file" : ": no such file"));
        }
        int[] counts = importRows(store, kind, file, allowDuplicates);
        out.println("Imported " + rows(counts[0], kind) + " from " + file + "."
                + (counts[1] == 0 ? "" : " " + rows(counts[1], kind) + " already in the logbook "
                + (counts[1] == 1 ? "was" : "were") + " skipped (--allow-duplicates adds them anyway)."));
        return OK;
    }

    private static String rows(int count, CsvKind<?> kind) {
        return count + " " + (count == 1 ? kind.name().substring(0, kind.name().length() - 1) : kind.name());
    }

    /**
     * Reads the whole file first, then stores the rows in one transaction: a bad row writes nothing. Rows identical to
     * ones already in the logbook are skipped (a monthly file imported twice must not double the earnings) unless
     * duplicates are allowed. Returns {added, skipped}.
     */
    private <T> int[] importRows(LogbookStore store, CsvKind<T> kind, Path file, boolean allowDuplicates)
            throws ImportException {
        List<T> rows = new CsvImporter(clock.getZone()).read(file, kind);
        if (allowDuplicates) {
            store.records(kind.type()).addAll(rows);
            return new int[] {rows.size(), 0};
        }
        int added = store.records(kind.type()).addNew(rows);
        return new int[] {added, rows.size() - added};
    }

    private int set(LogbookStore store, List<String> args) throws UsageException, ImportException {
        if (args.size() != 2) {
            throw new UsageException("set needs a KEY and a VALUE");
        }
        SettingKey key = settingKey(args.get(0));
        Settings updated;
        try {
            updated = key.parseInto(store.settings().load(), args.get(1));
        } catch (IllegalArgumentException e) {
            throw new ImportException(e.getMessage());
        }
        store.settings().save(updated);
        out.println("Set " + key.key() + " to '" + key.format(updated) + "'.");
        return OK;
    }

    private int get(LogbookStore store, List<String> args) throws UsageException {
        Settings settings = store.settings().load();
        if (args.isEmpty()) {
            for (SettingKey key : SettingKey.values()) {
                out.println(key.key() + "=" + key.format(settings));
            }
            return OK;
        }
        if (args.size() != 1) {
            throw new UsageException("get takes one KEY");
        }
        out.println(settingKey(args.get(0)).format(settings));
        return OK;
    }

    private int summary(LogbookStore store, List<String> args) throws UsageException, ImportException {
        AsOf asOf = AsOf.of(OffsetDateTime.now(clock));
        Path target = null;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size() || !(option.equals("--as-of") || option.equals("--out"))) {
                throw new UsageException("summary takes --as-of TIME and --out FILE, not '" + option + "'");
            }
            String value = args.get(++i);
            if (option.equals("--out")) {
                target = Path.of(value);
            } else {
                asOf = parseAsOf(value);
            }
        }
        AsOf at = asOf;
        String csv = SummaryCsv.write(store.withFacts(facts ->
                CertificationEngine.evaluate(facts, at, RuleProfile.LANCERS_CERTIFIED)));
        if (target == null) {
            out.print(csv);
            return OK;
        }
        try {
            CsvFiles.writeForExcel(target, csv);
        } catch (IOException e) {
            throw new ImportException("Cannot write " + target + ": " + e.getMessage());
        }
        err.println("Wrote the progress summary to " + target.toAbsolutePath() + ".");
        return OK;
    }

    /** A time as in the CSV files; a date alone means the end of that day in the user's time zone. */
    private AsOf parseAsOf(String value) throws UsageException {
        var time = TimeFormats.parseInstant(value, clock.getZone());
        if (time.isPresent()) {
            return AsOf.of(time.get());
        }
        LocalDate date = TimeFormats.parseDate(value).orElseThrow(() -> new UsageException(
                "--as-of '" + value + "' is not a date and time (e.g. 2026-11-28T18:00:00+09:00 or 2026-11-28)"));
        return AsOf.of(date.atTime(23, 59, 59).atZone(clock.getZone()));
    }

    private static SettingKey settingKey(String text) throws UsageException {
        return SettingKey.fromKey(text).orElseThrow(() -> new UsageException("unknown setting '" + text
                + "'; settings are " + String.join(", ", java.util.Arrays.stream(SettingKey.values())
                .map(SettingKey::key).toList())));
    }
}
