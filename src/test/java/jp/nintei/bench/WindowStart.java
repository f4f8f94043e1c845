package jp.nintei.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The window's start against a bare JavaFX window (a Label, a Button, a TableView) started the same way — the same
 * Java, the installed app's options for it and screen (Xvfb) — in interleaved runs: {@link BareWindow}, then
 * {@link AppProbe} on the big logbook, which stops once the whole dashboard is laid out ({@code -Dprobe.startOnly=true}).
 * Twice: from the class path, and as the installed app starts — JavaFX as modules, each window from an ahead-of-time
 * cache of its own, made just before by a training run of the same start (target/bench-aot). Needs {@code xvfb-run}
 * (or a screen); without one it says how to run them by hand.
 */
public final class WindowStart {

    static final int RUNS = Integer.getInteger("bench.windowRuns", 5);
    private static final Pattern BARE = Pattern.compile("bare window: first frame (\\d+) ms");
    private static final Pattern APP = Pattern.compile("first frame \\(the opening window\\) (\\d+) ms after JVM start; "
            + "gauges measured \\d+ ms, laid out on the screen (\\d+) ms after JVM start; the whole dashboard (\\d+) ms");

    private WindowStart() {
    }

    /** {@code java -cp "target/test-classes:target/classes:target/lib/*" jp.nintei.bench.WindowStart LOGBOOK}. */
    public static void main(String[] args) throws Exception {
        measure(Path.of(args[0]));
    }

    static void measure(Path logbook) throws IOException, InterruptedException {
        List<String> screen = screen();
        String classPath = String.join(File.pathSeparator, "target/test-classes", "target/classes", "target/lib/*");
        if (screen == null) {
            System.out.println("app start: no screen and no xvfb-run (apt-get install xvfb); by hand: xvfb-run -a java "
                    + "-cp \"" + classPath + "\" jp.nintei.bench.AppProbe " + logbook + ", against jp.nintei.bench.BareWindow");
            return;
        }
        List<String> plain = List.of("--enable-native-access=ALL-UNNAMED", "-cp", classPath);
        compare(screen, logbook, "class path, no cache", plain, plain);
        if (!Files.isRegularFile(Path.of("target/nintei.jar"))) {
            System.out.println("app start as installed (each from an ahead-of-time cache of its own): needs "
                    + "target/nintei.jar (./mvnw package -DskipTests first)");
            return;
        }
        // as the installed app starts: JavaFX as modules, the jars on the class path, each from a cache of its own
        // made by a training run of the same start (a cache takes jars, not folders)
        Path dir = Files.createDirectories(Path.of("target/bench-aot"));
        Path benchJar = BenchJar.of(Path.of("target/test-classes"), "jp/nintei/bench", dir.resolve("bench.jar"));
        List<String> jars = new ArrayList<>(List.of(benchJar.toString(), "target/nintei.jar"));
        List<String> modules = new ArrayList<>();
        try (var lib = Files.list(Path.of("target/lib"))) {
            lib.map(Path::toString).filter(j -> j.endsWith(".jar")).sorted().forEach(j ->
                    (Path.of(j).getFileName().toString().startsWith("javafx-") ? modules : jars).add(j));
        }
        List<String> modular = List.of("--enable-native-access=javafx.graphics,ALL-UNNAMED", "--module-path",
                String.join(File.pathSeparator, modules), "--add-modules", "javafx.controls,javafx.fxml", "-cp",
                String.join(File.pathSeparator, jars));
        Path bareCache = dir.resolve("bare.aot");
        Path appCache = dir.resolve("app.aot");
        Files.deleteIfExists(bareCache); // made again each time: a cache made before a build runs the old classes
        Files.deleteIfExists(appCache);
        run(screen, with(modular, "-XX:AOTCacheOutput=" + bareCache), BARE, "jp.nintei.bench.BareWindow");
        run(screen, with(modular, "-XX:AOTCacheOutput=" + appCache), APP, "-Dprobe.startOnly=true",
                "jp.nintei.bench.AppProbe", logbook.toString());
        compare(screen, logbook, "each from an ahead-of-time cache of its own, as installed",
                with(modular, "-XX:AOTCache=" + bareCache), with(modular, "-XX:AOTCache=" + appCache));
    }

    private static List<String> with(List<String> options, String more) {
        List<String> all = new ArrayList<>(List.of(more));
        all.addAll(options);
        return all;
    }

    /** {@link #RUNS} interleaved starts of the bare window and of the app, each started with its options. */
    private static void compare(List<String> screen, Path logbook, String how, List<String> bareOptions,
                                List<String> appOptions) throws IOException, InterruptedException {
        Stats bare = new Stats();
        Stats firstFrame = new Stats();
        Stats gauges = new Stats();
        Stats whole = new Stats();
        for (int i = 0; i < RUNS; i++) {
            Matcher b = run(screen, bareOptions, BARE, "jp.nintei.bench.BareWindow");
            bare.add(millis(b.group(1)));
            Matcher a = run(screen, appOptions, APP, "-Dprobe.startOnly=true", "jp.nintei.bench.AppProbe",
                    logbook.toString());
            firstFrame.add(millis(a.group(1)));
            gauges.add(millis(a.group(2)));
            whole.add(millis(a.group(3)));
        }
        System.out.printf("app start (Xvfb, %s, %s), %d interleaved runs, after JVM start:%n", how,
                String.join(" ", INSTALLED_VM_OPTIONS), RUNS);
        bare.print("  bare JavaFX window: first frame", null);
        firstFrame.printAgainst("  app: first frame (the opening window)", bare, "bare");
        gauges.printAgainst("  app: the gauges on the screen", bare, "bare");
        whole.printAgainst("  app: the whole dashboard", bare, "bare");
    }

    /** How to reach a screen: none needed with DISPLAY set, else xvfb-run; null without either. */
    private static List<String> screen() {
        if (System.getenv("DISPLAY") != null) {
            return List.of();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "xvfb-run"))) {
                return List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24");
            }
        }
        return null;
    }

    private static Matcher run(List<String> screen, List<String> options, Pattern figure, String... main)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(screen);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(INSTALLED_VM_OPTIONS);
        command.addAll(options);
        command.addAll(List.of(main));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        Matcher m = figure.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException(String.join(" ", command) + " printed no figure:\n" + out);
        }
        return m;
    }

    /**
     * The virtual machine's options the installed app starts with ({@code -XX:…} after {@code --java-options} in
     * packaging/image.args: the collector, the compiler), given to both windows: started the same way.
     */
    static final List<String> INSTALLED_VM_OPTIONS = installedVmOptions(Path.of("packaging/image.args"));

    static List<String> installedVmOptions(Path args) {
        List<String> options = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(args).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            for (int i = 0; i + 1 < lines.size(); i++) {
                if (lines.get(i).equals("--java-options") && lines.get(i + 1).startsWith("-XX:")) {
                    options.add(lines.get(i + 1));
                }
            }
        } catch (IOException e) {
            System.out.println("(" + args + " not read: the windows start with Java's defaults)");
        }
        return List.copyOf(options);
    }

    private static long millis(String ms) {
        return Long.parseLong(ms) * 1_000_000;
    }
}
