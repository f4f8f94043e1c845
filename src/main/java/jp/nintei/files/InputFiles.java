package jp.nintei.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reading a file the user named, or one found in a folder: only a regular file (a pipe would block the reader, a
 * device could be endless), and only up to a size that it can mean.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** What is wrong with reading {@code file}: it is not there, it is a folder, a pipe or a device. */
    public static final class NotAFile extends IOException {
        /** {@code missing}, {@code folder} or {@code special}. */
        private final String kind;

        NotAFile(Path file, String kind, String message) {
            super(file + ": " + message);
            this.kind = kind;
        }

        public String kind() {
            return kind;
        }
    }

    /** Refuses, in words, anything but a regular file (a link to one is fine). */
    public static void requireRegularFile(Path file) throws NotAFile {
        if (!Files.exists(file)) {
            throw new NotAFile(file, "missing", Files.isSymbolicLink(file) ? "a link to nothing" : "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new NotAFile(file, "folder", "is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new NotAFile(file, "special", "is not a regular file (a pipe or a device)");
        }
    }

    /**
     * The UTF-8 text of a regular file of at most {@code maxBytes}; never blocks on a pipe, never reads without end.
     *
     * @throws IOException in words: not a regular file, larger than {@code maxBytes}, or unreadable
     */
    public static String readSmallText(Path file, int maxBytes) throws IOException {
        requireRegularFile(file);
        long size = Files.readAttributes(file, BasicFileAttributes.class).size();
        if (size > maxBytes) {
            throw new IOException(file + " is " + size + " bytes; at most " + maxBytes + " are read");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException(file + " grew beyond " + maxBytes + " bytes while it was read");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new NotAFile(file, "missing", "no such file");
        }
    }
}
