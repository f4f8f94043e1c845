package jp.nintei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code history} to standard output as the rows come: when the reader is gone ({@code | head}) or the disk is full,
 * the command stops and fails, instead of measuring a thousand years into nothing and exiting 0.
 */
class HistoryToAClosedOutputTest {

    @TempDir
    Path dir;

    @Test
    void aReaderGoneStopsTheHistoryWithExitOne() {
        Path db = dir.resolve("nintei.db");
        assertEquals(0, new CliRunner(db).run("set", "earnings.cutoff", "100000").code());
        long[] written = {0};
        OutputStream closedAfter64k = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written[0] > 65_536) {
                    throw new IOException("Broken pipe");
                }
                written[0] += len;
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(Map.of(), new PrintStream(closedAfter64k, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CliRunner.CLOCK)
                .run(new String[] {"--db", db.toString(), "history", "--from", "1970-01-01", "--to", "2999-12-31",
                    "--step", "day"});
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, said);
        assertTrue(said.contains("could not write to standard output"), said);
        assertTrue(written[0] < 1_000_000, "stopped soon after the reader was gone, not after 14 MB: " + written[0]);
    }
}
