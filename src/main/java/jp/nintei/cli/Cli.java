package jp.nintei.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.nintei.app.Refusal;
import jp.nintei.domain.Nearest;
import jp.nintei.i18n.Phrase;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * The headless command line: the commands, their options and their usage are declared once (picocli), and each
 * command is parsing and printing over the application layer ({@code jp.nintei.app}) the desktop app uses too.
 * Exit codes: 0 ok, 1 bad data or a refused file, 2 bad usage (with the command's usage). Messages and usage are in
 * Japanese when the locale is {@code ja_*}. It never prints a stack trace.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int BAD_DATA = 1;
    public static final int BAD_USAGE = 2;

    private final CliContext context;

    /** @param clock the current time and the user's time zone */
    public Cli(Map<String, String> env, PrintStream out, PrintStream err, Clock clock) {
        this.context = new CliContext(env, out, err, clock);
    }

    /**
     * Whether {@code args} start the desktop app: no command, at most {@code --db FILE}. Anything else — a command, an
     * option, a mistake — is the CLI's to run or to explain.
     */
    /**
     * How the window is asked for: no command, only {@code --db FILE} and {@code --theme light|dark|system} (each
     * also as {@code --option=value}). {@code db} and {@code theme} are null where not given.
     */
    /**
     * How the app starts: its logbook and theme ({@code null}: the usual), and whether in the background — no window,
     * reminders only ({@code --background}).
     */
    public record AppStart(String db, String theme, boolean background) {

        public AppStart(String db, String theme) {
            this(db, theme, false);
        }
    }

    /** The window's options when {@code args} start the app rather than a command; empty for a command. */
    public static Optional<AppStart> appStart(String[] args) {
        String db = null;
        String theme = null;
        boolean background = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--background")) {
                background = true;
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!name.equals("--db") && !name.equals("--theme")) {
                return Optional.empty();
            }
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                    : i + 1 < args.length ? args[++i] : "";
            if (value.isBlank()) {
                return Optional.empty(); // the command line's own usage message says what is missing
            }
            if (name.equals("--db")) {
                db = value;
            } else {
                theme = value;
            }
        }
        return Optional.of(new AppStart(db, theme, background));
    }

    /**
     * Whether there is no screen to open the window on: Linux or BSD without {@code DISPLAY} or
     * {@code WAYLAND_DISPLAY} (a server, an ssh session). Windows and macOS always have one.
     */
    public static boolean noDisplay(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean x11 = !os.startsWith("windows") && !os.startsWith("mac");
        return x11 && env.getOrDefault("DISPLAY", "").isBlank() && env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    /** Says that the window needs a screen and the commands do not; the exit status. */
    public int noWindow() {
        context.err.println("nintei: " + context.t("cli.noDisplay"));
        return BAD_USAGE;
    }

    /** Says that {@code given} is not a theme; the exit status. */
    public int badTheme(String given) {
        context.err.println("nintei: " + context.t("cli.badTheme", given));
        return BAD_USAGE;
    }

    public int run(String[] args) {
        for (String arg : args) {
            if (arg.indexOf('\uFFFD') >= 0) {
                // Java decoded the arguments in a locale that is not UTF-8: what was typed is already lost
                context.err.println("nintei: " + context.t("cli.notUtf8Locale", arg));
                return BAD_USAGE;
            }
        }
        CommandLine line = commandLine(args);
        line.setParameterExceptionHandler((e, given) -> {
            context.err.println("nintei: " + words(e));
            // a mistake before the command (--db given twice): the usage names every command, not only the one read
            CommandLine failed = e.getCommandLine();
            (failed.getParent() == null ? commandLine(new String[0]) : failed).usage(context.err);
            return BAD_USAGE;
        });
        line.setExecutionExceptionHandler((e, failed, parsed) -> {
            if (e instanceof Refusal refusal) {
                context.err.println("nintei: " + refusal.words(context.texts));
                if (refusal.reason() == Refusal.Reason.UNKNOWN_KEY) {
                    failed.usage(context.err); // a key that is not one: the command line is wrong
                    return BAD_USAGE;
                }
                return BAD_DATA;
            }
            if (e instanceof InvalidPathException invalid) {
                // Java reads file names in the locale's encoding: without a UTF-8 locale a Japanese name cannot be used
                context.err.println("nintei: " + context.t("cli.badPath", invalid.getInput()));
                return BAD_USAGE;
            }
            context.err.println("nintei: " + context.t("cli.unexpected", String.valueOf(e)));
            return BAD_DATA;
        });
        return line.execute(args);
    }

    /**
     * Every command by name, in the order the usage lists them. Each is made, and read by picocli, only when it is
     * needed: reading one command's declarations costs a cold start more than running most of them.
     */
    private static final List<String> COMMANDS = List.of("import", "set", "get", "summary", "history", "export",
            "backup", "restore", "repair", "profiles", "reconcile", "version", "help");

    /**
     * The command called {@code name}: its declaration ({@link Declared}), or picocli's own {@code help}. A switch, not
     * a table of lambdas: each lambda is a class made at start.
     */
    private static Object command(String name, CliContext context) {
        return switch (name) {
            case "import" -> new ImportCommand(context).spec;
            case "set" -> new SetCommand(context).spec;
            case "get" -> new GetCommand(context).spec;
            case "summary" -> new SummaryCommand(context).spec;
            case "history" -> new HistoryCommand(context).spec;
            case "export" -> new ExportCommand(context).spec;
            case "backup" -> new BackupCommand(context).spec;
            case "restore" -> new RestoreCommand(context).spec;
            case "repair" -> new RepairCommand(context).spec;
            case "profiles" -> new ProfilesCommand(context).spec;
            case "reconcile" -> new ReconcileCommand(context).spec;
            case "version" -> new NinteiCommand.VersionCommand(context).spec;
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * The command {@code args} run when they are only {@code [--db FILE] COMMAND …} and the command is one of
     * {@link #COMMANDS} other than {@code help}; empty for anything else (no command, help, a mistake before the
     * command), which gets every command so that the usage and the messages can name them all.
     */
    static Optional<String> commandOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--db")) {
                i++;
            } else if (!arg.startsWith("--db=")) {
                return COMMANDS.contains(arg) && !arg.equals("help") ? Optional.of(arg) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The command {@code args} run (and only it), or every command; with its usage in the CLI's language. */
    private CommandLine commandLine(String[] args) {
        CommandLine line = new CommandLine(new NinteiCommand(context).spec);
        Optional<String> only = commandOf(args);
        for (String name : only.isPresent() ? List.of(only.get()) : COMMANDS) {
            line.addSubcommand(name, command(name, context));
        }
        line.setResourceBundle(context.texts.bundle());
        line.setOut(writer(context.out));
        line.setErr(writer(context.err));
        line.setUsageHelpWidth(100);
        words(line.getCommandSpec(), "nintei");
        line.getSubcommands().forEach((name, sub) -> words(sub.getCommandSpec(), name));
        return line;
    }

    /** Text into {@code stream} in the stream's own encoding (a PrintWriter on its bytes would use another). */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] text, int from, int length) {
                stream.print(new String(text, from, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }

    /** The headings and the description of a command's usage, in the CLI's language. */
    private void words(CommandSpec spec, String name) {
        spec.usageMessage().synopsisHeading(context.t("cli.usage.synopsis"))
                .commandListHeading(context.t("cli.usage.commands"))
                .optionListHeading(context.t("cli.usage.options"))
                .parameterListHeading(context.t("cli.usage.parameters"))
                .header(new String[0]) // the command list shows the description
                .description(context.t("cli.cmd." + name))
                .footer(name.equals("nintei") ? context.t("cli.usage.footer") : "");
    }

    /** What is wrong with a command line, in the CLI's language (picocli's own messages are English). */
    private String words(ParameterException e) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        String command = spec.name(); // "summary", or "nintei" itself
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String typed = unmatched.getUnmatched().get(0);
            List<String> known = typed.startsWith("-") ? spec.optionsMap().keySet().stream().toList()
                    : List.copyOf(spec.subcommands().keySet());
            Optional<String> nearest = Nearest.to(typed, known);
            String key = typed.startsWith("-") ? "cli.unknownOption" : spec.subcommands().isEmpty()
                    ? "cli.extraArgument" : "cli.unknownCommand";
            return context.t(key, typed, command, nearest.<Object>map(n -> new Phrase("cli.didYouMean", n)).orElse(""));
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            return context.t("cli.missing", command, String.join(", ", missing.getMissing().stream()
                    .map(Cli::shown).toList()));
        }
        if (e instanceof CommandLine.OverwrittenOptionException twice) {
            return context.t("cli.twice", shown(twice.getOverwritten()));
        }
        if (e.getClass() == ParameterException.class) {
            return e.getMessage(); // ours, already in the CLI's language
        }
        return context.t("cli.badCommandLine", command, e.getMessage());
    }

    /** An option or parameter as the usage shows it: {@code --from DATE}, {@code FILE}. */
    private static String shown(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() + (option.arity().max() > 0 ? " "
                + option.paramLabel() : "") : arg.paramLabel();
    }

}
