package jp.nintei.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.ByteBuffer;
import jp.nintei.i18n.Phrase;

/**
 * Reading a file the user named, or one found in a folder: only a regular file (a pipe would block the reader, a
 * device could be endless), and only up to a size that it can mean.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** A file refused before it was read or written, and why, to word in the user's language. */
    public static final class Refused extends IOException {
        /** {@code missing}, {@code folder}, {@code special}, {@code tooBig}, … */
        private final String kind;
        private final transient Phrase phrase;

        Refused(String kind, Object... args) {
            this(kind, new Phrase("files." + kind, args));
        }

        private Refused(String kind, Phrase phrase) {
            super(phrase.toString());
            this.kind = kind;
            this.phrase = phrase;
        }

        public String kind() {
            return kind;
        }

        public Phrase phrase() {
            return phrase;
        }
    }

    /** Refuses, in words, anything but a regular file (a link to one is fine). */
    public static void requireRegularFile(Path file) throws Refused {
        if (!Files.exists(file)) {
            throw new Refused(Files.isSymbolicLink(file) ? "danglingLink" : "missing", file);
        }
        if (Files.isDirectory(file)) {
            throw new Refused("folder", file);
        }
        if (!Files.isRegularFile(file)) {
            throw new Refused("special", file);
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
            throw new Refused("tooBig", file, size, maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new Refused("tooBig", file, (long) bytes.length, maxBytes);
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new Refused("missing", file);
        }
    }
}
