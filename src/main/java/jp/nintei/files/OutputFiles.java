package jp.nintei.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;

/**
 * Writes a file the user named, the way each kind of file wants it. A regular file (or a new one) is written whole to
 * a temporary file beside it and moved into place in one atomic rename: a crash or a full disk never leaves half a
 * file, and the file keeps its permissions. A symbolic link is followed: its target is replaced the same way, beside
 * the target, and the link stays a link. A pipe or a device ({@code /dev/stdout}, {@code /dev/null}, a FIFO) is written
 * into directly — it is never replaced by a regular file. A folder is refused, and so is a file whose folder does not
 * exist (no folder is ever created).
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /** What is written into the file, as it comes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Writes what {@code content} writes, as it comes (nothing kept), the way {@code target} wants (see above). */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new InputFiles.Refused("outputFolder", target);
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // a pipe or a device (through links too, /dev/stdout): written into, never replaced
            try (OutputStream out = Files.newOutputStream(absolute, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            return;
        }
        Path file = Files.exists(absolute) ? absolute.toRealPath() : followLinks(absolute);
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputFiles.Refused("noFolder", String.valueOf(dir));
        }
        TempFiles.clearStale(dir); // left by an export that was killed half-way
        Path temp = TempFiles.create(dir, "csv");
        try {
            try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out); // a full disk fails here, on the write that finds no room
                out.flush();
                channel.force(true);
            }
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The file a chain of symbolic links ends at (which may not exist yet); {@code path} itself when it is none. */
    static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == 40) {
                throw new InputFiles.Refused("linkLoop", path);
            }
            Path next = Files.readSymbolicLink(current);
            current = current.resolveSibling(next).normalize();
        }
        return current;
    }

    /** A file replaced keeps its permissions; a new one is the user's alone (the temporary file's 0600). */
    private static void keepPermissions(Path old, Path temp) {
        try {
            if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                var view = Files.getFileAttributeView(old, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
                if (view != null) {
                    Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the new file stays owner-only: never more open than the old one
        }
    }
}
