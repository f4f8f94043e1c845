package jp.nintei.files;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporary files Nintei writes before it moves a whole file into place (a backup, a restore, an export). Their
 * names are Nintei's own — {@code .nintei-tmp-} and a random UUID — so that clearing what a killed process left never
 * touches a file of the user's, whatever it is called.
 */
public final class TempFiles {

    static final String PREFIX = ".nintei-tmp-";
    private static final Pattern OURS = Pattern.compile(Pattern.quote(PREFIX)
            + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.(db|csv)(-journal|-wal|-shm)?");
    /** How long after its last write a temporary file is taken for one a killed process left. */
    public static final Duration STALE_AFTER = Duration.ofHours(1);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private TempFiles() {
    }

    /**
     * A new, empty temporary file in {@code dir} (which must exist), readable by the user alone from its first byte.
     *
     * @param extension {@code db} or {@code csv}
     */
    public static Path create(Path dir, String extension) throws IOException {
        Path temp = dir.resolve(PREFIX + UUID.randomUUID() + "." + extension);
        if (POSIX) {
            return Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(temp);
    }

    /** Whether {@code file} is named as Nintei names its temporary files (and their SQLite companions). */
    public static boolean isOurs(Path file) {
        return OURS.matcher(file.getFileName().toString()).matches();
    }

    /**
     * Removes the temporary files a killed process left in {@code dir}: only Nintei's, never another file, and none
     * written to in the last hour — one a Nintei is still writing or verifying (a backup beside the window's work, or
     * in another process: a million messages' copy is read back for some 8 s after its last write).
     */
    public static void clearStale(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Instant stale = Instant.now().minus(STALE_AFTER);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(TempFiles::isOurs).toList()) {
                try {
                    if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(stale)) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException gone) {
                    // moved into place or removed meanwhile by the Nintei writing it: the others are still cleared
                }
            }
        } catch (IOException ignored) {
            // nothing to clear, or no right to: harmless
        }
    }
}
