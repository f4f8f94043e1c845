package jp.nintei.bench;

import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import jp.nintei.app.Workspace;
import jp.nintei.domain.History;
import jp.nintei.domain.NextReview;
import jp.nintei.domain.RecordKind;
import jp.nintei.store.RowEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.nintei.domain.Column;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;
import jp.nintei.domain.AsOf;
import jp.nintei.domain.CertificationEngine;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Message;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewRating;
import jp.nintei.domain.MessageColumn;
import jp.nintei.domain.RowQuery;
import jp.nintei.store.StoreCalls;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.Settings;
import jp.nintei.store.LogbookStore;
import jp.nintei.ui.DirectTaskRunner;
import jp.nintei.ui.Localization;
import jp.nintei.ui.LogbookSession;

/**
 * The big logbook, measured: 1,000,000 messages, 100,000 jobs and 100,000 reviews over ten years, generated
 * deterministically (kept in {@code target/bench/} and reused). Prints the median and the spread (min–max) of each
 * figure and, in the same run, the {@code sqlite3} shell doing the equivalent work, as a ratio. Run with
 * {@code ./mvnw -Pbench verify -DskipTests}; the figures vary on a shared machine, so rerun before believing one.
 */
public final class Benchmark {

    static final int MESSAGES = Integer.getInteger("bench.messages", 1_000_000);
    static final int JOBS = MESSAGES / 10;
    static final int REVIEWS = MESSAGES / 10;
    static final int IMPORT_ROWS = Integer.getInteger("bench.importRows", 500_000);
    static final OffsetDateTime END = OffsetDateTime.parse("2026-11-28T18:00:00+09:00");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final Path dir;
    private final Path big;

    private Benchmark(Path dir) {
        this.dir = dir;
        this.big = dir.resolve("big-" + MESSAGES + ".db");
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
        Files.createDirectories(dir);
        new Benchmark(dir).run();
    }

    private void run() throws Exception {
        System.out.printf("Nintei benchmark: %,d messages, %,d jobs, %,d reviews over 10 years; %d cores, Java %s%n",
                MESSAGES, JOBS, REVIEWS, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        if (!Files.exists(big)) {
            long t = System.nanoTime();
            generate(big);
            System.out.printf("generated %s in %.1f s (%.0f MB)%n", big.getFileName(), (System.nanoTime() - t) / 1e9,
                    Files.size(big) / 1e6);
        }
        boolean shell = Sqlite3.available();
        if (!shell) {
            System.out.println("sqlite3 is not installed: the shell's figures are left out (apt-get install sqlite3)");
        }
        System.out.printf("%-46s %12s %20s %14s%n", "what", "median", "spread (min–max)", "vs sqlite3");
        engine();
        summary(shell);
        importCsv(shell);
        historyByDay();
        Background.measure(big, 20_000, 60_000);
        WindowStart.measure(big);
        System.out.println("Peak heap with every screen opened and every table scrolled: xvfb-run -a java -cp "
                + "\"target/test-classes:target/classes:target/lib/*\" jp.nintei.bench.AppProbe " + big);
    }

    /** Engine recompute after one edit, and edit → every gauge current (write, engine, replies due, settings). */
    private void engine() throws Exception {
        try (LogbookStore store = LogbookStore.open(big)) {
            AsOf asOf = AsOf.of(END);
            Message message = store.messages().page(new RowQuery<>(MessageColumn.RECEIVED_AT, false, "", 0, 1)).get(0);
            Stats recompute = new Stats();
            for (int i = 0; i < 60; i++) { // the first after opening: interpreted at first, then compiled
                store.messages().apply(RowEdit.putting(List.of(message.withReply(message.receivedAt().plusHours(i % 30)))));
                recompute.add(time(() -> store.withFacts(f ->
                        CertificationEngine.evaluate(f, asOf, RuleProfile.LANCERS_CERTIFIED)).results().size()));
            }
            recompute.print("engine recompute after one edit", null);
            // the same once the JIT has compiled the engine's and the driver's paths: what a session's later saves see
            for (int i = 0; i < 1_000; i++) { // without the edits: each is a durable write of some 35 ms
                store.withFacts(f -> CertificationEngine.evaluate(f, asOf, RuleProfile.LANCERS_CERTIFIED));
            }
            Stats steady = new Stats();
            for (int i = 0; i < 100; i++) {
                store.messages().apply(RowEdit.putting(List.of(message.withReply(message.receivedAt().plusHours(i % 30)))));
                steady.add(time(() -> store.withFacts(f ->
                        CertificationEngine.evaluate(f, asOf, RuleProfile.LANCERS_CERTIFIED)).results().size()));
            }
            steady.print("  the same after 1,000 of them (JIT-compiled)", null);

            Stats history = new Stats();
            Stats projection = new Stats();
            for (int i = 0; i < 10; i++) {
                history.add(time(() -> store.withFacts(f -> History.points(f,
                        RuleProfile.LANCERS_CERTIFIED, END.toLocalDate().minusWeeks(52), END.toLocalDate(),
                        Period.ofWeeks(1), TOKYO)).size()));
                projection.add(time(() -> store.withFacts(f -> NextReview.of(f, END,
                        RuleProfile.LANCERS_CERTIFIED, CertificationEngine.evaluate(f, asOf,
                                RuleProfile.LANCERS_CERTIFIED))).falls().size()));
            }
            history.print("history: a year of weeks (53 points)", null);
            projection.print("next-review projection (with now)", null);

            Clock clock = Clock.fixed(END.toInstant(), TOKYO);
            LogbookSession session = new LogbookSession(new Workspace(store, clock), new DirectTaskRunner(),
                new Localization(Localization.ENGLISH));
            Stats edit = new Stats();
            for (int i = 0; i < 60; i++) {
                Message edited = message.withReply(message.receivedAt().plusHours(i % 30));
                edit.add(time(() -> {
                    session.update(RecordKind.MESSAGES, edited, "messages.updated", "");
                    return session.shown().stateProperty().get().progress().results().size();
                }));
            }
            edit.print("edit → every gauge current (durable write incl.)", null);
            // the store calls of one save: its write transaction, then the one read transaction of the measure after
            // it, whose nested reads (settings, facts, waiting replies, emptiness) count here too
            AtomicInteger trips = new AtomicInteger();
            AtomicInteger runs = new AtomicInteger();
            try (StoreCalls calls = StoreCalls.watch(trips::incrementAndGet);
                 StoreCalls engine = StoreCalls.engineRuns(runs::incrementAndGet)) {
                session.update(RecordKind.MESSAGES, message, "messages.updated", "");
            }
            System.out.printf("%-46s %9d calls: 1 write + 1 read transaction (%d reads nested in it)%n",
                    "store calls of one save", trips.get(), trips.get() - 2);
            System.out.printf("%-46s %9d (now, and the next review's projection; the chart's year after it)%n",
                    "engine runs of one save", runs.get());

            pages(store, RecordKind.MESSAGES, MESSAGES);
            pages(store, RecordKind.JOBS, JOBS);
            pages(store, RecordKind.REVIEWS, REVIEWS);
        }
    }

    /**
     * One page of 100 rows anywhere in the table, sorted by each of its columns both ways (every column of the tables
     * sorts): the median and spread over 20 places from top to bottom, each place read once after the anchors.
     */
    static <T> void pages(LogbookStore store, RecordKind<T> kind, int rows) {
        for (Column<T> column : kind.columns()) {
            Stats page = new Stats();
            for (boolean ascending : new boolean[] {true, false}) {
                store.records(kind).page(new RowQuery<>(column, ascending, "", rows - 100, 100)); // reads the anchors
                for (int i = 0; i < 20; i++) {
                    long offset = (long) i * (rows / 20);
                    page.add(time(() -> store.records(kind).page(new RowQuery<>(column, ascending, "", offset, 100))
                            .size()));
                }
            }
            page.print(String.format("page of 100 of %,d %s by %s", rows, kind.name().toLowerCase(Locale.ROOT),
                    column.key()), null);
        }
    }

    /** A cold `summary` process against the sqlite3 shell computing the same aggregates from the rows. */
    private void summary(boolean shell) throws Exception {
        // the first use of a day checks the logbook from end to end (on the day's backup's copy) and recounts the
        // totals: apart, so that the median below is the summary of every later use
        Path todaysBackup = big.resolveSibling("backups").resolve(big.getFileName().toString().replace(".db", "")
                + "-" + java.time.LocalDate.now() + ".db");
        Stats firstOfDay = new Stats();
        for (int i = 0; i < 2; i++) {
            Files.deleteIfExists(todaysBackup);
            firstOfDay.add(Processes.time(Processes.nintei("--db", big.toString(), "summary", "--as-of",
                    END.toString())));
        }
        firstOfDay.print("cold CLI summary, first use of a day", null);
        Stats nintei = new Stats();
        Stats sqlite = new Stats();
        Stats bareJvm = new Stats();
        for (int i = 0; i < 7; i++) { // interleaved, so that the machine's mood falls on all three alike
            nintei.add(Processes.time(Processes.nintei("--db", big.toString(), "summary", "--as-of",
                    END.toString())));
            bareJvm.add(Processes.time(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-version")));
            if (shell) {
                sqlite.add(Processes.time(Sqlite3.command(big, Sqlite3.SUMMARY_EQUIVALENT.replace("@T",
                        END.toInstant().toString()).replace("@D", END.toLocalDate().toString()))));
            }
        }
        nintei.print("cold CLI summary (whole process)", shell ? sqlite : null);
        nintei.print("  the same against a bare JVM (java -version)", bareJvm);
    }

    /**
     * {@code import messages} of a CSV into a new logbook, against the shell loading the same file into the same
     * schema ({@link Sqlite3#IMPORT_EQUIVALENT}); then the peak memory of importing it, and of importing it again
     * (every row a duplicate, so every row is compared).
     */
    private void importCsv(boolean shell) throws Exception {
        Path csv = dir.resolve("import-" + IMPORT_ROWS + ".csv");
        if (!Files.exists(csv)) {
            writeCsv(csv, IMPORT_ROWS);
        }
        Stats nintei = new Stats();
        Stats sqlite = new Stats();
        Path last = null;
        for (int i = 0; i < 3; i++) {
            last = Files.createTempDirectory(dir, "import").resolve("nintei.db");
            nintei.add(Processes.time(Processes.nintei("--db", last.toString(), "import", "messages", csv.toString())));
            if (shell) {
                Path same = last.resolveSibling("same-schema.db");
                LogbookStore.open(same).close();
                sqlite.add(Processes.time(Sqlite3.script(same, Sqlite3.IMPORT_EQUIVALENT.replace("@CSV",
                        csv.toString()))));
            }
        }
        nintei.printRate("import " + String.format("%,d", IMPORT_ROWS) + " messages (rows/s)", IMPORT_ROWS,
                shell ? sqlite : null);
        Path fresh = Files.createTempDirectory(dir, "import").resolve("nintei.db");
        long first = Processes.peakKb(Processes.nintei("--db", fresh.toString(), "import", "messages", csv.toString()));
        long again = Processes.peakKb(Processes.nintei("--db", fresh.toString(), "import", "messages", csv.toString()));
        System.out.printf("%-46s %9d MB, %d MB importing it again (all duplicates)%n", "import peak RSS (java -jar)",
                first / 1024, again / 1024);
    }

    /**
     * {@code history --step day} over 1970–2999 (376,200 points) into a file, on a new logbook and on the big one:
     * points per second and the process's peak memory (the points are written as they are measured).
     */
    private void historyByDay() throws Exception {
        Path small = Files.createTempDirectory(dir, "history").resolve("nintei.db");
        Processes.time(Processes.nintei("--db", small.toString(), "set", "earnings.cutoff", "100000"));
        for (Path logbook : List.of(small, big)) {
            Path out = logbook.resolveSibling("history-by-day.csv");
            List<String> command = Processes.nintei("--db", logbook.toString(), "history", "--from", "1970-01-01",
                    "--to", "2999-12-31", "--step", "day", "--out", out.toString());
            Stats run = new Stats();
            run.add(Processes.time(command));
            long peak = Processes.peakKb(command);
            run.printRate("history --step day 1970–2999 (points/s)" + (logbook == big ? ", big" : ", new logbook"),
                    376_200, null);
            System.out.printf("%-46s %9d MB%n", "  its peak RSS (java -jar, default heap)", peak / 1024);
        }
    }

    static long time(LongSupplier work) {
        long t = System.nanoTime();
        if (work.getAsLong() < 0) {
            throw new IllegalStateException();
        }
        return System.nanoTime() - t;
    }

    private static void generate(Path file) {
        Random random = new Random(20261128);
        OffsetDateTime start = END.minusYears(10);
        long span = END.toEpochSecond() - start.toEpochSecond();
        try (LogbookStore store = LogbookStore.open(file)) {
            List<Message> messages = new ArrayList<>(100_000);
            for (int i = 0; i < MESSAGES; i++) {
                OffsetDateTime received = start.plusSeconds(span * i / MESSAGES);
                OffsetDateTime replied = random.nextInt(12) == 0 ? null
                        : received.plusMinutes(random.nextInt(random.nextInt(8) == 0 ? 4000 : 1200));
                messages.add(new Message(0, "依頼者" + random.nextInt(500), received, replied, random.nextInt(50) == 0,
                        "メッセージ " + i));
                if (messages.size() == 100_000) {
                    store.messages().addAll(messages);
                    messages.clear();
                }
            }
            store.messages().addAll(messages);
            List<Job> jobs = new ArrayList<>();
            List<Review> reviews = new ArrayList<>();
            LocalDate first = start.toLocalDate();
            String[] categories = {"記事作成", "翻訳", "Web制作"};
            for (int i = 0; i < JOBS; i++) {
                LocalDate ordered = first.plusDays(3650L * i / JOBS);
                int kind = random.nextInt(20);
                JobStatus status = ordered.isAfter(END.toLocalDate().minusDays(10)) ? JobStatus.IN_PROGRESS
                        : kind == 0 ? JobStatus.CANCELLED : JobStatus.COMPLETED;
                jobs.add(new Job(0, "案件 " + i, "依頼者" + random.nextInt(500), categories[random.nextInt(3)], ordered,
                        status, status.isClosed() ? ordered.plusDays(random.nextInt(10)) : null,
                        status == JobStatus.COMPLETED ? 5_000L + random.nextInt(95_000) : null, kind == 1, ""));
            }
            for (int i = 0; i < REVIEWS; i++) {
                int r = random.nextInt(10);
                reviews.add(new Review(0, "依頼者" + random.nextInt(500), first.plusDays(3650L * i / REVIEWS),
                        r == 0 ? ReviewRating.SATISFIED : r == 1 ? ReviewRating.STARS_4 : ReviewRating.STARS_5, ""));
            }
            store.jobs().addAll(jobs);
            store.reviews().addAll(reviews);
            store.settings().save(new Settings(3_000_000L, "記事作成", true, true, false));
        }
    }

    static final DateTimeFormatter WITH_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    static void writeCsv(Path csv, int rows) throws IOException {
        Random random = new Random(rows);
        OffsetDateTime start = END.minusYears(2);
        StringBuilder out = new StringBuilder("client,received_at,replied_at,note\n");
        for (int i = 0; i < rows; i++) {
            OffsetDateTime received = start.plusSeconds(730L * 86_400 * i / rows);
            // with seconds always (toString() leaves ":00" out), as the shell's floor reads them by position
            out.append("依頼者").append(i % 200).append(',').append(received.format(WITH_SECONDS)).append(',')
                    .append(random.nextInt(10) == 0 ? "" : received.plusMinutes(random.nextInt(2000)).format(WITH_SECONDS))
                    .append(",メッセージ ").append(i).append('\n');
        }
        Files.writeString(csv, out, StandardCharsets.UTF_8);
    }
}
