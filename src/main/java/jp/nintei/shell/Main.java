package jp.nintei.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.nintei.ui.*;
import java.time.Clock;
import jp.nintei.cli.Cli;

/**
 * Starts Nintei: with a command, the headless CLI (the JavaFX toolkit is never started); without one, the desktop
 * app. This class must not extend {@code Application}, so that {@code java -jar} works from the class path.
 */
public final class Main {

    /** sqlite-jdbc logs its own failures with stack traces; Nintei reports them in words instead. Held: loggers are weak. */
    private static final Logger SQLITE_LOG = Logger.getLogger("org.sqlite");

    private Main() {
    }

    /**
     * The console's own stream when its encoding can write Japanese; UTF-8 otherwise (a shell without a UTF-8 locale,
     * where Java would print "????" for 記事作成).
     */
    private static PrintStream printing(PrintStream console, FileDescriptor fd) {
        Charset charset;
        try {
            charset = Charset.forName(System.getProperty("stdout.encoding",
                    System.getProperty("file.encoding")));
        } catch (RuntimeException e) {
            charset = StandardCharsets.US_ASCII;
        }
        if (charset.newEncoder().canEncode("認定")) {
            return console;
        }
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }

    /** The window, started where JavaFX is loaded as modules ({@link ModularStart}); its exit status. */
    private static int relaunched(String[] args) {
        try {
            return ModularStart.relaunch(args);
        } catch (IOException e) {
            System.err.println("nintei: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    public static void main(String[] args) {
        SQLITE_LOG.setLevel(Level.OFF);
        NativeLibraries.useAppFolder(System.getenv());
        var app = Cli.appStart(args);
        if (app.isPresent()) {
            Cli cli = new Cli(System.getenv(), printing(System.out, FileDescriptor.out),
                    printing(System.err, FileDescriptor.err), Clock.systemDefaultZone());
            String theme = app.get().theme();
            if (theme != null && Theme.parse(theme).isEmpty()) {
                System.exit(cli.badTheme(theme));
            }
            if (Training.asked(System.getenv())) { // the installer's run for the window's ahead-of-time cache
                System.exit(Training.run(System.getenv(), System.err));
            }
            if (Cli.noDisplay(System.getenv(), System.getProperty("os.name"))) {
                System.exit(cli.noWindow());
            }
            if (ModularStart.needed()) {
                System.exit(relaunched(args));
            }
            NinteiApp.start(app.get().db(), theme == null ? null : Theme.parse(theme).orElseThrow(),
                    app.get().background());
        } else {
            System.exit(new Cli(System.getenv(), printing(System.out, FileDescriptor.out),
                    printing(System.err, FileDescriptor.err), Clock.systemDefaultZone()).run(args));
        }
    }
}
