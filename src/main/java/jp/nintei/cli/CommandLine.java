package jp.nintei.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments split into the global {@code --db FILE} option and the command with its own arguments.
 *
 * @param db      the {@code --db} value, or null
 * @param command the command and its arguments; empty when none was given (the desktop app starts)
 */
public record CommandLine(String db, List<String> command) {

    public static CommandLine parse(String[] args) throws UsageException {
        String db = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (rest.isEmpty() && arg.equals("--db")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--db needs a file name");
                }
                db = args[++i];
                if (db.isBlank()) {
                    throw new UsageException("--db needs a file name, not an empty one");
                }
            } else if (rest.isEmpty() && arg.startsWith("--db=")) {
                db = arg.substring("--db=".length());
                if (db.isBlank()) {
                    throw new UsageException("--db needs a file name, not an empty one");
                }
            } else {
                rest.add(arg);
            }
        }
        return new CommandLine(db, List.copyOf(rest));
    }

    /** Like {@link #parse} but for the launcher: a bad command line is left for the CLI to report. */
    public static CommandLine parseLeniently(String[] args) {
        try {
            return parse(args);
        } catch (UsageException e) {
            return new CommandLine(null, List.of(args));
        }
    }

    public boolean startsApp() {
        return command.isEmpty();
    }
}
