package jp.nintei.app;

import java.time.Clock;
import jp.nintei.cli.Cli;
import jp.nintei.cli.CommandLine;

/**
 * Starts Nintei: with a command, the headless CLI (the JavaFX toolkit is never started); without one, the desktop
 * app. This class must not extend {@code Application}, so that {@code java -jar} works from the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        NativeLibraries.useAppFolder(System.getenv());
        CommandLine line = CommandLine.parseLeniently(args);
        if (line.startsApp()) {
            NinteiApp.start(line.db());
        } else {
            System.exit(new Cli(System.getenv(), System.out, System.err, Clock.systemDefaultZone()).run(args));
        }
    }
}
