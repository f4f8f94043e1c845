package jp.nintei.shell;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.jar.JarFile;
import java.io.File;
import java.lang.management.ManagementFactory;

/**
 * JavaFX supports itself only as named modules: loaded from the class path it prints "Unsupported JavaFX
 * configuration" on every start. The installers (JavaFX linked into their runtime) and {@code ./mvnw javafx:run}
 * load it as modules; {@code java -jar nintei.jar} cannot say so in its manifest, so the window is started in a
 * second Java with JavaFX's jars on the module path, and this one waits for it.
 */
final class ModularStart {

    static final List<String> MODULES = List.of("javafx.controls", "javafx.fxml");

    private ModularStart() {
    }

    /** Whether this Java loaded JavaFX from the class path (so starting the window here would warn). */
    static boolean needed() {
        return ModuleLayer.boot().findModule("javafx.graphics").isEmpty();
    }

    /**
     * Starts the window in a second Java that loads JavaFX as modules; its exit status. Stopping this one ({@code kill},
     * a logout) stops the second too ({@link Process#destroy}; what it committed stays, as SQLite keeps it): no window
     * lives on without the process the user started.
     */
    static int relaunch(String[] args) throws IOException, InterruptedException {
        List<String> command = command(Path.of(System.getProperty("java.home"), "bin", "java"), classPath(),
                options(), List.of(args));
        AtomicReference<Process> started = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { // before the start: a stop in between is heard too
            synchronized (started) {
                Process app = started.get();
                if (app != null && app.isAlive()) {
                    app.destroy();
                    try {
                        app.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }, "nintei-stop-app"));
        synchronized (started) { // a stop that came meanwhile waits for the process, and stops it
            started.set(new ProcessBuilder(command).inheritIO().start());
        }
        return started.get().waitFor();
    }

    /** How long stopping waits for the second Java to end before this one does. */
    private static final long STOP_WAIT_SECONDS = 10;

    /** JavaFX's jars on the module path, everything else on the class path, this Java's options and the arguments. */
    static List<String> command(Path launcher, List<Path> classPath, List<String> options, List<String> args) {
        List<String> modules = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (Path jar : classPath) {
            String name = jar.getFileName() == null ? "" : jar.getFileName().toString();
            (name.startsWith("javafx-") ? modules : rest).add(jar.toString());
        }
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(options);
        command.addAll(List.of("--module-path", String.join(File.pathSeparator, modules),
                "--add-modules", String.join(",", MODULES),
                "--enable-native-access=javafx.graphics,ALL-UNNAMED", // JavaFX's and SQLite's libraries, no warning
                "-cp", String.join(File.pathSeparator, rest), Main.class.getName()));
        command.addAll(args);
        return command;
    }

    /** The options this Java was started with (-D…, -X…), for the second one; none where they cannot be read. */
    private static List<String> options() {
        try {
            return ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (LinkageError e) {
            return List.of(); // a runtime without java.management
        }
    }

    /** The class path as started: its entries, and those the running jar's manifest names ({@code lib/…}). */
    private static List<Path> classPath() throws IOException {
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath());
            }
        }
        Path self;
        try {
            self = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (Files.isRegularFile(self)) {
            try (JarFile jar = new JarFile(self.toFile())) {
                String named = jar.getManifest() == null ? null
                        : jar.getManifest().getMainAttributes().getValue("Class-Path");
                if (named != null) {
                    for (String entry : named.trim().split("\\s+")) {
                        entries.add(self.getParent().resolve(entry).normalize());
                    }
                }
            }
        }
        return new ArrayList<>(entries);
    }
}
