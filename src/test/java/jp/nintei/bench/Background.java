package jp.nintei.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Nintei reminding with its window closed ({@code --background}) on a logbook: what it costs while idle — CPU over a
 * minute of checks, and resident memory — read from /proc (Linux). JavaFX's headless platform stands in for a screen.
 */
public final class Background {

    /** Linux counts CPU time in ticks of 1/100 s (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100;

    private Background() {
    }

    /** {@code java -cp "target/test-classes:target/classes:target/lib/*" jp.nintei.bench.Background LOGBOOK}. */
    public static void main(String[] args) throws Exception {
        measure(Path.of(args[0]), 20_000, 60_000);
    }

    static void measure(Path logbook, long warmUpMillis, long idleMillis) throws IOException, InterruptedException {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            System.out.println("--background idle: needs /proc (Linux); left out");
            return;
        }
        List<String> command = new ArrayList<>(Processes.nintei("--background", "--db", logbook.toString()));
        command.addAll(1, List.of("-Dglass.platform=Headless", "-Djava.awt.headless=true"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putIfAbsent("DISPLAY", ":0"); // no screen is opened: the headless platform
        Process process = builder.start();
        try {
            Thread.sleep(warmUpMillis); // started, and the first check made
            List<Long> pids = pids(process); // java -jar starts the app again on the module path: count both
            long before = sum(pids, Background::cpuTicks);
            long t = System.nanoTime();
            Thread.sleep(idleMillis);
            long after = sum(pids, Background::cpuTicks);
            double seconds = (System.nanoTime() - t) / 1e9;
            long app = pids.get(pids.size() - 1);
            System.out.printf("%-46s %6.2f %% of a core over %.0f s; RSS %d MB (peak %d MB), %d MB with the "
                            + "java -jar launcher's JVM%n", "--background, idle (a check every minute)",
                    (after - before) / TICKS_PER_SECOND / seconds * 100, seconds, status(app, "VmRSS") / 1024,
                    status(app, "VmHWM") / 1024, sum(pids, pid -> status(pid, "VmRSS")) / 1024);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    interface PerPid {
        long of(long pid) throws IOException;
    }

    /** The process and those it started, the app last. */
    private static List<Long> pids(Process process) {
        List<Long> pids = new ArrayList<>(List.of(process.pid()));
        process.toHandle().descendants().forEach(h -> pids.add(h.pid()));
        return pids;
    }

    private static long sum(List<Long> pids, PerPid value) throws IOException {
        long sum = 0;
        for (long pid : pids) {
            sum += value.of(pid);
        }
        return sum;
    }

    /** User and system CPU time of {@code pid} so far, in ticks. */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
    }

    /** A line of /proc/PID/status in kB, such as VmRSS. */
    private static long status(long pid, String name) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(name + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
