package jp.nintei.cli;

import java.io.PrintStream;
import jp.nintei.app.Refusal;
import java.util.List;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.time.Clock;
import java.util.Map;
import jp.nintei.app.Exports;
import jp.nintei.app.OpenLogbook;
import jp.nintei.i18n.Phrase;
import jp.nintei.i18n.Texts;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What every command shares: the environment, the output streams, the clock and the user's time zone, the language
 * (Japanese when {@code LC_ALL}, {@code LC_MESSAGES} or {@code LANG} is {@code ja_*}), and the logbook the
 * {@code --db} option or {@code NINTEI_DB} names.
 */
final class CliContext {

    /** What a command that takes an output file reads as standard output. */
    static final String STDOUT = "-";

    final Map<String, String> env;
    final PrintStream out;
    final PrintStream err;
    final Clock clock;
    final Texts texts;
    /** The {@code --db} option, or null; set when the command line is parsed. */
    String dbOption;

    CliContext(Map<String, String> env, PrintStream out, PrintStream err, Clock clock) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.texts = new Texts(Texts.fromEnvironment(env::get));
    }

    String t(String key, Object... args) {
        return new Phrase(key, args).in(texts);
    }

    Path db() {
        return OpenLogbook.location(dbOption, env);
    }

    /** Opens the logbook for a command that writes, and says what opening did. */
    OpenLogbook forWriting() {
        return told(OpenLogbook.forWriting(db(), clock));
    }

    /** Opens an existing logbook for a command that keeps a little in it (nothing is created). */
    OpenLogbook forKeeping() {
        return told(OpenLogbook.forKeeping(db(), clock));
    }

    /** Opens the logbook for a command that only reads (nothing is created), and says what opening did. */
    OpenLogbook forReading() {
        return told(OpenLogbook.forReading(db(), clock));
    }

    private OpenLogbook told(OpenLogbook logbook) {
        notices(logbook);
        return logbook;
    }

    /** What the logbook has to tell (permissions tightened, totals recounted, a backup that failed), on stderr. */
    void notices(OpenLogbook logbook) {
        for (Phrase notice : logbook.notices()) {
            err.println("nintei: " + t("cli.note", notice));
        }
    }

    /** CSV to standard output ({@code null} or {@code -}), or into {@code target} (saying so on stderr). */
    void print(OpenLogbook logbook, String csv, String target, String wroteKey) {
        if (target == null || target.equals(STDOUT)) {
            out.print(csv);
            return;
        }
        Path file = Path.of(target);
        Exports.write(logbook, file, csv);
        err.println(t(wroteKey, file.toAbsolutePath()));
    }

    /** As {@link #print}, the CSV written by {@code csv} as it comes: to standard output, or into {@code target}. */
    void stream(OpenLogbook logbook, Consumer<Appendable> csv, String target, String wroteKey) {
        if (target == null || target.equals(STDOUT)) {
            try {
                csv.accept(checked(out));
                out.flush();
                if (out.checkError()) {
                    throw new IOException("standard output");
                }
            } catch (IOException | UncheckedIOException e) {
                throw new Refusal(Refusal.Reason.BAD_INPUT, new Phrase("cli.stdoutFailed"), List.of(), e);
            }
            return;
        }
        Path file = Path.of(target);
        Exports.write(logbook, file, csv);
        err.println(t(wroteKey, file.toAbsolutePath()));
    }

    /**
     * {@code stream} as the rows come, which a print stream would not say: a reader gone ({@code | head}) or a full
     * disk ends the command, which then fails, instead of measuring on into nothing.
     */
    private static Appendable checked(PrintStream stream) {
        return new Appendable() {
            private int appends;

            @Override
            public Appendable append(CharSequence text) throws IOException {
                stream.append(text);
                return checked();
            }

            @Override
            public Appendable append(CharSequence text, int start, int end) throws IOException {
                stream.append(text, start, end);
                return checked();
            }

            @Override
            public Appendable append(char c) throws IOException {
                stream.append(c);
                return checked();
            }

            private Appendable checked() throws IOException {
                if (++appends % 4096 == 0 && stream.checkError()) {
                    throw new IOException("standard output");
                }
                return this;
            }
        };
    }

    /** A usage error of {@code spec}'s command: exit code 2, with its usage. */
    ParameterException usage(CommandSpec spec, String key, Object... args) {
        return new ParameterException(spec.commandLine(), t(key, args));
    }
}
