package jp.nintei.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the CLI in-process on a logbook file, as a user would type it, at a fixed time in Tokyo. */
final class CliRunner {

    record Result(int code, String out, String err) {
    }

    /** Writes a CSV (or any text) file a test imports, UTF-8, into {@code dir}. */
    static Path file(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneId.of("Asia/Tokyo"));

    private final Path db;
    private final Clock clock;
    private final Map<String, String> env;

    CliRunner(Path db) {
        this(db, CLOCK);
    }

    CliRunner(Path db, Clock clock) {
        this(db, clock, Map.of());
    }

    CliRunner(Path db, Clock clock, Map<String, String> env) {
        this.db = db;
        this.clock = clock;
        this.env = env;
    }

    /** The same, with these environment variables (LANG=ja_JP.UTF-8 …). */
    CliRunner withEnv(Map<String, String> environment) {
        return new CliRunner(db, clock, environment);
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        return runRaw(clock, env, all.toArray(String[]::new));
    }

    static Result runRaw(String... args) {
        return runRaw(CLOCK, args);
    }

    static Result runRaw(Clock clock, String... args) {
        return runRaw(clock, Map.of(), args);
    }

    static Result runRaw(Clock clock, Map<String, String> env, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = new Cli(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock).run(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
