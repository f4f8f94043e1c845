package jp.nintei.bench;

import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a whole process as a user would, and times it from start to exit. */
final class Processes {

    private Processes() {
    }

    /** {@code java -jar target/nintei.jar ARGS}. */
    static List<String> nintei(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "nintei.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** The peak resident memory of {@code command} in KB, from GNU time; -1 where it is not installed. */
    static long peakKb(List<String> command) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
            return -1;
        }
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M"));
        timed.addAll(command);
        Process p = new ProcessBuilder(timed).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes()).strip();
        p.waitFor();
        return Long.parseLong(err.substring(err.lastIndexOf('\n') + 1).strip());
    }

    static long time(List<String> command) throws IOException, InterruptedException {
        long t = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int exit = p.waitFor();
        long elapsed = System.nanoTime() - t;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
        return elapsed;
    }
}
