package jp.nintei.shell;

import jp.nintei.ui.*;
import java.time.Clock;
import jp.nintei.cli.Cli;
import jp.nintei.cli.CommandLine;

/**
 * Starts Nintei: with a command, the headless CLI (the JavaFX toolkit is never started); without one, the desktop
 * app. This class must not extend {@code Application}, so that {@code java -jar} works from the class path.
 */
public final class Main {

    /** sqlite-jdbc logs its own failures with stack traces; Nintei reports them in words instead. Held: loggers are weak. */
    private static final java.util.logging.Logger SQLITE_LOG = java.util.logging.Logger.getLogger("org.sqlite");

    private Main() {
    }

    public static void main(String[] args) {
        SQLITE_LOG.setLevel(java.util.logging.Level.OFF);
        NativeLibraries.useAppFolder(System.getenv());
        CommandLine line = CommandLine.parseLeniently(args);
        if (line.startsApp()) {
            NinteiApp.start(line.db());
        } else {
            System.exit(new Cli(System.getenv(), System.out, System.err, Clock.systemDefaultZone()).run(args));
        }
    }
}
