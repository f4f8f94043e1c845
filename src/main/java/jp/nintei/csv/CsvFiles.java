package jp.nintei.csv;

import java.io.IOException;
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
}
