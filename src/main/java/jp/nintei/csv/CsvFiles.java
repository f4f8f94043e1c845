package jp.nintei.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the CSV files Nintei exports. */
public final class CsvFiles {

    private CsvFiles() {
    }

    /**
     * Writes {@code text} as UTF-8 with a byte-order mark (so Excel shows Japanese intact) to a temporary file beside
     * {@code target}, then moves it into place: a crash or a full disk never leaves half a file.
     */
    public static void writeForExcel(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        String prefix = "." + absolute.getFileName();
        try (var stale = Files.newDirectoryStream(dir, f -> f.getFileName().toString().startsWith(prefix)
                && f.getFileName().toString().endsWith(".tmp"))) {
            for (Path f : stale) {
                Files.deleteIfExists(f); // left by an export that was killed half-way
            }
        }
        Path temp = Files.createTempFile(dir, prefix, ".tmp");
        try {
            Files.write(temp, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
