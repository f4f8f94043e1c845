package jp.nintei.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jp.nintei.files.OutputFiles;

/** Writes the CSV files Nintei exports. */
public final class CsvFiles {

    private CsvFiles() {
    }

    /**
     * Writes {@code text} as UTF-8 with a byte-order mark (so Excel shows Japanese intact) — safely, whatever
     * {@code target} is: see {@link OutputFiles} (a crash never leaves half a file; a link is followed,
     * a device written into).
     */
    public static void writeForExcel(Path target, String text) throws IOException {
        OutputFiles.write(target, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * As {@link #writeForExcel(Path, String)}, the text written by {@code text} as it comes, in UTF-8 after the
     * byte-order mark: a CSV of any length in bounded memory, still all or nothing in a regular file.
     */
    public static void writeForExcel(Path target, Consumer<Appendable> text) throws IOException {
        OutputFiles.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write('\uFEFF');
            try {
                text.accept(writer);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        });
    }

    /** {@code csv} as text to write. */
    public static Consumer<Appendable> text(String csv) {
        return out -> {
            try {
                out.append(csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
