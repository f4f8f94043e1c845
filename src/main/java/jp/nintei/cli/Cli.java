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
import jp.nintei.domain.History;
import jp.nintei.domain.NextReview;
import jp.nintei.domain.ProfileCatalog;
import jp.nintei.domain.Progress;
import jp.nintei.csv.HistoryCsv;
import jp.nintei.app.Measure;
import jp.nintei.app.UnknownProfileException;
import java.math.BigDecimal;
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

    /** The usage text, in the language of {@code texts}. */
    static String usage(jp.nintei.domain.Texts texts) {
        return texts.text("cli.usage");
    }

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    /** Japanese when the environment's locale (LC_ALL, LC_MESSAGES, LANG) is ja_*, else English. */
    private final jp.nintei.domain.Texts texts;

    /** @param clock the current time and the user's time zone */
    public Cli(Map<String, String> env, PrintStream out, PrintStream err, Clock clock) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.texts = new jp.nintei.domain.Texts(jp.nintei.domain.Texts.fromEnvironment(env::get));
    }

    private String t(String key, Object... args) {
        return texts.text(key, args);
    }

    public int run(String[] args) {
        try {
            for (String arg : args) {
                if (arg.indexOf('\uFFFD') >= 0) {
                    // Java decoded the arguments in a locale that is not UTF-8: what was typed is already lost
                    err.println("nintei: " + t("cli.notUtf8Locale", arg));
                    return BAD_USAGE;
                }
            }
            CommandLine line = CommandLine.parse(args);
            if (line.startsApp()) {
                throw new UsageException(t("cli.noCommand"));
            }
            List<String> command = line.command();
            String name = command.get(0);
            List<String> rest = command.subList(1, command.size());
            if (name.equals("--version") || name.equals("version")) {
                out.println("Nintei " + jp.nintei.domain.Version.current());
                return OK;
            }
            if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
                out.print(usage(texts));
                return OK;
            }
            if (!List.of("import", "set", "get", "summary", "export", "backup", "restore", "history", "profiles",
                    "repair").contains(name)) {
                throw new UsageException(t("cli.unknownCommand", name));
            }
            Path db = LogbookLocation.resolve(line.db(), env);
            if (name.equals("profiles")) {
                return profiles(db);
            }
            if (name.equals("restore")) {
                return restore(db, rest);
            }
            if (name.equals("repair")) {
                return repair(db, rest);
            }
            boolean readOnly = List.of("get", "summary", "export", "history").contains(name);
            if (readOnly && !Files.exists(db)) {
                throw new StoreException(t("cli.noLogbook", db.toAbsolutePath(), LogbookLocation.ENV_VARIABLE));
            }
            try (LogbookStore store = open(db, readOnly, LocalDate.now(clock))) {
                dailyBackup(store);
                notices(store);
                try {
                    return switch (name) {
                        case "import" -> importFile(store, rest);
                        case "set" -> set(store, rest);
                        case "get" -> get(store, rest);
                        case "export" -> export(store, rest);
                        case "backup" -> backup(store, rest);
                        case "history" -> history(store, rest);
                        default -> summary(store, rest);
                    };
                } finally {
                    notices(store); // what a backup found and mended
                }
            }
        } catch (UsageException e) {
            err.println("nintei: " + e.getMessage());
            err.print(usage(texts));
            return BAD_USAGE;
        } catch (ImportException | StoreException e) {
            err.println("nintei: " + e.getMessage());
            return BAD_DATA;
        } catch (java.nio.file.InvalidPathException e) {
            // Java reads file names in the locale's encoding: without a UTF-8 locale a Japanese name cannot be used
            err.println("nintei: " + t("cli.badPath", e.getInput()));
            return BAD_USAGE;
        } catch (RuntimeException e) {
            err.println("nintei: " + t("cli.unexpected", String.valueOf(e)));
            return BAD_DATA;
        }
    }

    /**
     * Opens the logbook; a refused one gets the ways back: setting the damaged rows aside (when only some values are
     * bad: nothing else is lost), and the latest backup with how to restore it.
     */
    private LogbookStore open(Path db, boolean readOnly, LocalDate today) {
        try {
            return readOnly ? LogbookStore.openForReading(db, today) : LogbookStore.open(db, today);
        } catch (RefusedFileException e) {
            StringBuilder message = new StringBuilder(e.getMessage());
            if (e.problem() == StoreException.Problem.BAD_VALUE) {
                message.append('\n').append(t("cli.repairHint", db));
            }
            Optional<Path> latest = Backups.latest(db);
            if (latest.isPresent() && e.problem() != StoreException.Problem.NEWER_VERSION) {
                // (an older backup would lose what a newer Nintei wrote: never offered for that)
                message.append('\n').append(t("cli.restoreHint", latest.get(), db));
            }
            throw new RefusedFileException(e.problem(), e.file(), message.toString(), e.details());
        }
    }

    /**
     * repair: sets aside the rows holding values Nintei cannot read (into a CSV file, beside a copy of the whole
     * logbook) and recounts the totals; the rest of the logbook stays as it is.
     */
    private int repair(Path db, List<String> args) throws UsageException {
        if (!args.isEmpty()) {
            throw new UsageException(t("cli.repairUsage"));
        }
        if (!Files.exists(db)) {
            throw new StoreException(t("cli.noLogbook", db.toAbsolutePath(), LogbookLocation.ENV_VARIABLE));
        }
        try (LogbookStore store = LogbookStore.open(db, LocalDate.now(clock))) {
            notices(store);
            out.println(t("cli.repairNothing", store.file()));
            return OK;
        } catch (RefusedFileException e) {
            if (e.problem() != StoreException.Problem.BAD_VALUE) {
                throw e;
            }
        }
        var done = jp.nintei.store.LogbookRepair.setAsideDamagedRows(db, LocalDateTime.now(clock));
        try (LogbookStore store = LogbookStore.open(db, LocalDate.now(clock))) {
            notices(store);
        }
        out.println(t("cli.repaired", done.rows(), done.csv(), done.keptCopy()));
        return OK;
    }

    /** What opening or the backup did that the user should know (permissions tightened, totals rebuilt). */
    private void notices(LogbookStore store) {
        for (String notice : store.takeNotices()) {
            err.println("nintei: " + t("cli.note", notice));
        }
    }

    /** A failed automatic backup is reported, and does not stop the command. */
    private void dailyBackup(LogbookStore store) {
        for (String warning : store.dailyBackup(LocalDate.now(clock)).warnings()) {
            err.println("nintei: " + t("cli.warning", warning));
        }
    }

    private int restore(Path db, List<String> args) throws UsageException {
        if (args.size() != 1) {
            throw new UsageException(t("cli.restoreUsage"));
        }
        Path backup = Path.of(args.get(0));
        Optional<Path> kept = Backups.restoreFile(db, backup, LocalDateTime.now(clock));
        try (LogbookStore store = LogbookStore.open(db)) {
            out.println(t("cli.restored", store.file(), backup)
                    + kept.map(k -> " " + t("cli.restoredKept", k)).orElse(""));
        }
        return OK;
    }

    private int backup(LogbookStore store, List<String> args) throws UsageException {
        if (args.size() != 1) {
            throw new UsageException(t("cli.backupUsage"));
        }
        store.backupTo(Path.of(args.get(0)));
        out.println(t("cli.backedUp", store.file(), Path.of(args.get(0)).toAbsolutePath()));
        return OK;
    }

    private int export(LogbookStore store, List<String> args) throws UsageException, ImportException {
        if (args.size() != 2) {
            throw new UsageException(t("cli.exportUsage"));
        }
        CsvKind<?> kind = CsvKind.byName(args.get(0)).orElseThrow(() ->
                new UsageException(t("cli.exportKind", args.get(0))));
        String csv = CsvExporter.write(onlyRowsOf(store, kind), kind);
        if (STDOUT.equals(args.get(1))) {
            out.print(csv);
            return OK;
        }
        Path target = Path.of(args.get(1));
        write(store, target, csv);
        out.println(t("cli.exported", kind.name(), target.toAbsolutePath()));
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
            throw new UsageException(t("cli.importUsage"));
        }
        CsvKind<?> kind = CsvKind.byName(args.get(0)).orElseThrow(() ->
                new UsageException(t("cli.importKind", args.get(0))));
        Path file = Path.of(args.get(1));
        try {
            jp.nintei.files.InputFiles.requireRegularFile(file);
        } catch (jp.nintei.files.InputFiles.NotAFile e) {
            throw new ImportException(t(switch (e.kind()) {
                case "folder" -> "cli.isFolder";
                case "special" -> "cli.notRegular";
                default -> "cli.noSuchFile";
            }, file));
        }
        store.refuseOwnFile(file.toAbsolutePath(), "a CSV file");
        int[] counts = importRows(store, kind, file, allowDuplicates);
        out.println(t("cli.imported." + kind.name(), counts[0], file)
                + (counts[1] == 0 ? "" : " " + t("cli.skipped." + kind.name(), counts[1])));
        return OK;
    }

    /**
     * Reads the whole file first, then stores the rows in one transaction: a bad row writes nothing. Rows identical to
     * ones already in the logbook are skipped (a monthly file imported twice must not double the earnings) unless
     * duplicates are allowed. Returns {added, skipped}.
     */
    private <T> int[] importRows(LogbookStore store, CsvKind<T> kind, Path file, boolean allowDuplicates)
            throws ImportException {
        List<T> rows = new CsvImporter(clock.getZone(), texts).read(file, kind);
        if (allowDuplicates) {
            store.records(kind.type()).addAll(rows);
            return new int[] {rows.size(), 0};
        }
        int added = store.records(kind.type()).addNew(rows);
        return new int[] {added, rows.size() - added};
    }

    private int set(LogbookStore store, List<String> args) throws UsageException, ImportException {
        if (args.size() != 2) {
            throw new UsageException(t("cli.setUsage"));
        }
        Settings current = store.settings().load();
        if (args.get(0).startsWith(SettingKey.ENTERED) && args.get(0).length() > SettingKey.ENTERED.length()) {
            String requirement = args.get(0).substring(SettingKey.ENTERED.length());
            Settings updated;
            try {
                updated = current.withEntered(requirement, SettingKey.parseEntered(args.get(0), args.get(1)));
            } catch (jp.nintei.domain.ValueException e) {
                throw refused(e);
            }
            store.settings().save(updated);
            BigDecimal value = updated.entered().get(requirement);
            out.println(t("cli.set", args.get(0), value == null ? "" : value.toPlainString()));
            return OK;
        }
        SettingKey key = settingKey(args.get(0));
        Settings updated;
        try {
            updated = key.parseInto(current, args.get(1));
        } catch (jp.nintei.domain.ValueException e) {
            throw refused(e);
        }
        if (key == SettingKey.PROFILE) {
            ProfileCatalog catalog = catalog(store.file());
            if (catalog.find(updated.profile()).isEmpty()) {
                throw new ImportException(t("cli.unknownProfile", updated.profile(), String.join(", ",
                        catalog.profiles().stream().map(RuleProfile::id).toList())));
            }
        }
        store.settings().save(updated);
        out.println(t("cli.set", key.key(), key.format(updated)));
        if (key == SettingKey.EARNINGS_CATEGORY && !updated.earningsCategory().isEmpty()) {
            List<String> used = store.categories();
            if (!used.contains(updated.earningsCategory())) {
                err.println("nintei: " + t("cli.categoryUnused", updated.earningsCategory(),
                        used.isEmpty() ? "—" : String.join(", ", used)));
            }
        }
        return OK;
    }


    private int get(LogbookStore store, List<String> args) throws UsageException {
        Settings settings = store.settings().load();
        if (args.isEmpty()) {
            for (SettingKey key : SettingKey.values()) {
                out.println(key.key() + "=" + key.format(settings));
            }
            settings.entered().forEach((requirement, value) ->
                    out.println(SettingKey.ENTERED + requirement + "=" + value.toPlainString()));
            return OK;
        }
        if (args.size() != 1) {
            throw new UsageException(t("cli.getUsage"));
        }
        if (args.get(0).startsWith(SettingKey.ENTERED)) {
            BigDecimal value = settings.entered().get(args.get(0).substring(SettingKey.ENTERED.length()));
            out.println(value == null ? "" : value.toPlainString());
            return OK;
        }
        out.println(settingKey(args.get(0)).format(settings));
        return OK;
    }

    private int summary(LogbookStore store, List<String> args) throws UsageException, ImportException {
        OffsetDateTime asOf = OffsetDateTime.now(clock);
        Path target = null;
        String profileId = null;
        boolean nextReview = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--at-next-review")) {
                nextReview = true;
                continue;
            }
            if (i + 1 >= args.size() || !List.of("--as-of", "--out", "--profile").contains(option)) {
                throw new UsageException(t("cli.summaryUsage", option));
            }
            String value = args.get(++i);
            switch (option) {
                case "--out" -> target = Path.of(value);
                case "--profile" -> profileId = value;
                default -> asOf = parseAsOf(value);
            }
        }
        Measure.Summary summary;
        try {
            summary = Measure.summary(store, catalog(store.file()), asOf, java.util.Optional.ofNullable(profileId),
                    nextReview);
        } catch (UnknownProfileException e) {
            throw new UsageException(t("cli.unknownProfile", e.id(), String.join(", ", e.known())));
        }
        String csv = SummaryCsv.write(summary.progress(), summary.settings(), texts,
                nextReview ? NextReview.after(asOf).getOffset() : clock.getZone());
        return print(store, csv, target, "cli.wroteSummary");
    }

    /** What a command that takes an output file reads as "standard output". */
    static final String STDOUT = "-";

    /** CSV to stdout ({@code null} or {@code -}), or to {@code target} with a byte-order mark for Excel. */
    private int print(LogbookStore store, String csv, Path target, String wroteKey) throws ImportException {
        if (target == null || target.toString().equals(STDOUT)) {
            out.print(csv);
            return OK;
        }
        write(store, target, csv);
        err.println(t(wroteKey, target.toAbsolutePath()));
        return OK;
    }

    /** Writes {@code csv} (with a byte-order mark) to a file, never to one of the logbook's own. */
    private void write(LogbookStore store, Path target, String csv) throws ImportException {
        store.refuseOwnFile(target.toAbsolutePath(), "an output file");
        try {
            CsvFiles.writeForExcel(target, csv);
        } catch (IOException e) {
            throw new ImportException(t("cli.cannotWrite", target, e.getMessage()));
        }
    }

    /** history --from DATE --to DATE [--step day|week|month] [--profile ID] [--out FILE]: values over time. */
    private int history(LogbookStore store, List<String> args) throws UsageException, ImportException {
        LocalDate from = null;
        LocalDate to = null;
        String step = "week";
        String profileId = null;
        Path target = null;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size() || !List.of("--from", "--to", "--step", "--profile", "--out").contains(option)) {
                throw new UsageException(t("cli.historyUsage", option));
            }
            String value = args.get(++i);
            switch (option) {
                case "--from" -> from = day(option, value);
                case "--to" -> to = day(option, value);
                case "--step" -> step = value;
                case "--profile" -> profileId = value;
                default -> target = Path.of(value);
            }
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new UsageException(t("cli.historyRange"));
        }
        java.time.Period period = switch (step) {
            case "day" -> java.time.Period.ofDays(1);
            case "week" -> java.time.Period.ofWeeks(1);
            case "month" -> java.time.Period.ofMonths(1);
            default -> throw new UsageException(t("cli.historyStep", step));
        };
        List<Progress> points;
        try {
            points = Measure.history(store, catalog(store.file()), from, to, period, clock.getZone(),
                    java.util.Optional.ofNullable(profileId));
        } catch (UnknownProfileException e) {
            throw new UsageException(t("cli.unknownProfile", e.id(), String.join(", ", e.known())));
        }
        return print(store, HistoryCsv.write(points), target, "cli.wroteHistory");
    }

    private LocalDate day(String option, String value) throws UsageException {
        try {
            return TimeFormats.date(option, value);
        } catch (jp.nintei.domain.ValueException e) {
            throw new UsageException(option + ": " + e.problem(texts));
        }
    }

    /** A value the domain refused, named by its setting or option, in the CLI's language. */
    private ImportException refused(jp.nintei.domain.ValueException e) {
        return new ImportException(e.field() + ": " + e.problem(texts));
    }

    /** profiles: id, name and whether it is built in; a profile file that cannot be read is named with its line. */
    private int profiles(Path db) {
        ProfileCatalog catalog = catalog(db);
        String language = texts.locale().getLanguage();
        out.println("id,name,built_in");
        for (RuleProfile p : catalog.profiles()) {
            out.println(String.join(",", csvCell(p.id()), csvCell(p.name(language)), Boolean.toString(p.builtIn())));
        }
        return catalog.problems().isEmpty() ? OK : BAD_DATA;
    }

    private static String csvCell(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** The built-in profiles and the user's; each problem of a profile file is printed, the others still work. */
    private ProfileCatalog catalog(Path db) {
        ProfileCatalog catalog = jp.nintei.app.Profiles.load(db);
        for (String problem : catalog.problems()) {
            err.println("nintei: " + t("cli.warning", problem));
        }
        return catalog;
    }




    /** A time as in the CSV files; a date alone means the end of that day in the user's time zone. */
    private OffsetDateTime parseAsOf(String value) throws UsageException {
        try {
            return TimeFormats.instant("--as-of", value, clock.getZone());
        } catch (jp.nintei.domain.ValueException notAnInstant) {
            try {
                return History.lastSecondOf(TimeFormats.date("--as-of", value), clock.getZone()).toOffsetDateTime();
            } catch (jp.nintei.domain.ValueException notADate) {
                throw new UsageException(t("cli.badAsOf", value) + (notADate.key().equals("value.notDate")
                        ? "" : " — " + notADate.problem(texts)));
            }
        }
    }

    private SettingKey settingKey(String text) throws UsageException {
        return SettingKey.fromKey(text).orElseThrow(() -> new UsageException(t("cli.unknownSetting", text,
                String.join(", ", java.util.Arrays.stream(SettingKey.values()).map(SettingKey::key).toList()))));
    }
}
