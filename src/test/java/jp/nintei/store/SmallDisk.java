package jp.nintei.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small real file system (a tmpfs) mounted on a folder, to run out of disk for real. Mounting needs root (as on
 * these machines and in CI); elsewhere a test using it is skipped, and says why.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    public static SmallDisk mount(Path folder, String size) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs",
                folder.toString()).redirectErrorStream(true).start();
        boolean done = p.waitFor(20, TimeUnit.SECONDS);
        String said = new String(p.getInputStream().readAllBytes());
        Assumptions.assumeTrue(done && p.exitValue() == 0,
                "skipped: a full disk is simulated with a small tmpfs, and mounting one needs root (" + said.strip() + ")");
        return new SmallDisk(folder);
    }

    /** Fills the disk up to the last few bytes. */
    public void fill() throws IOException {
        Path filler = mountPoint.resolve("filler");
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full now
        }
    }

    /** Makes the disk read-only, as a write-protected stick. */
    public void readOnly() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mount", "-o", "remount,ro", mountPoint.toString()).redirectErrorStream(true)
                .start();
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("cannot remount " + mountPoint + " read-only");
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", mountPoint.toString()).redirectErrorStream(true).start()
                .waitFor(20, TimeUnit.SECONDS);
    }
}
