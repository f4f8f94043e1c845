package jp.nintei.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,200 mutated files (flipped and inserted bytes, truncations, stray quotes and separators, huge fields, other
 * encodings, noise): each one either imports completely or fails with a message that names its line, and a failed
 * import writes no row. The time limit only catches a hang; it is far above what the run takes.
 */
class MutatedCsvTest {

    @TempDir
    Path dir;

    static final Pattern NAMES_LINE = Pattern.compile(", line \\d+[:,]");

    static final String JOBS = """
            title,client,category,ordered_on,status,closed_on,amount_jpy,excluded,note
            LP制作,株式会社ウェブ工房,Web制作,2026-05-01,completed,2026-05-20,"88,000",false,"修正2回, ""特急\"""
            ロゴ,山本デザイン事務所,デザイン,2026/6/1,cancelled,2026-06-03,,true,'); DROP TABLE job;--
            連載,さくら出版,記事作成,2026-11-01,in_progress,,12000,0,"1行目
            2行目"
            """;
    static final String MESSAGES = """
            client,received_at,replied_at,no_reply_needed,note
            田中様,2026-11-27T18:17:00+09:00,2026-11-28T09:00:00Z,false,記事の修正点について
            Blog Media,2026/11/01 9:00,,true,"=cmd|' /C calc'!A0"
            ウェブ工房,2026-11-02 10:00,2026-11-02T11:00:00+09:00,,
            """;
    static final String REVIEWS = """
            client,rated_on,rating,comment
            田中様,2026-06-01,5,丁寧でした
            さくら出版,2026-07-01,満足,
            A社,2026-07-02,unsatisfied,"遅延, 連絡なし"
            """;

    @Test
    void everyMutatedFileImportsWhollyOrFailsNamingTheLine() {
        assertTimeoutPreemptively(Duration.ofMinutes(5), this::run);
    }

    private void run() throws Exception {
        Random random = new Random(20261128);
        CsvImporter importer = new CsvImporter(ZoneId.of("Asia/Tokyo"));
        int imported = 0;
        int refused = 0;
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"));
             Connection counter = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("nintei.db"))) {
            for (int i = 0; i < 1200; i++) {
                CsvKind<?> kind = List.<CsvKind<?>>of(CsvKind.JOBS, CsvKind.MESSAGES, CsvKind.REVIEWS).get(i % 3);
                String seed = kind == CsvKind.JOBS ? JOBS : kind == CsvKind.MESSAGES ? MESSAGES : REVIEWS;
                byte[] content = mutate(seed, random, i);
                Path file = dir.resolve("mutant-" + i + ".csv");
                Files.write(file, content);
                int before = count(counter);
                try {
                    int added = importFile(store, importer, file, kind);
                    assertEquals(before + added, count(counter), "file " + i);
                    imported++;
                } catch (ImportException e) {
                    assertTrue(NAMES_LINE.matcher(e.getMessage()).find(), "file " + i + ": " + e.getMessage());
                    assertEquals(before, count(counter), "file " + i + " wrote rows");
                    refused++;
                } catch (RuntimeException e) {
                    fail("file " + i + " crashed the import: " + e, e);
                }
                Files.delete(file);
            }
        }
        assertTrue(imported > 100 && refused > 100, imported + " imported, " + refused + " refused");
    }

    private static <T> int importFile(LogbookStore store, CsvImporter importer, Path file, CsvKind<T> kind)
            throws ImportException {
        List<T> rows = importer.read(file, kind);
        store.records(kind.kind()).addAll(rows);
        return rows.size();
    }

    private static int count(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery(
                "SELECT (SELECT count(*) FROM job) + (SELECT count(*) FROM message) + (SELECT count(*) FROM review)")) {
            return rs.getInt(1);
        }
    }

    static byte[] mutate(String seed, Random random, int i) {
        byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
        return switch (i % 10) {
            case 0 -> flip(bytes, random, 1 + random.nextInt(5));
            case 1 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 2 -> insert(bytes, random, randomBytes(random, 1 + random.nextInt(20)));
            case 3 -> insert(bytes, random, pick(random, "\"", ",", "\n", "\r", "\r\n", "\"\"", ",\"", "\0")
                    .getBytes(StandardCharsets.UTF_8));
            case 4 -> hugeField(seed, random);
            case 5 -> seed.getBytes(pick(random, Charset.forName("Shift_JIS"), StandardCharsets.UTF_16,
                    StandardCharsets.ISO_8859_1, Charset.forName("EUC-JP")));
            case 6 -> randomBytes(random, random.nextInt(4096));
            case 7 -> deleteRange(bytes, random);
            case 8 -> duplicateLines(seed, random).getBytes(StandardCharsets.UTF_8);
            default -> replaceValue(seed, random).getBytes(StandardCharsets.UTF_8);
        };
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] flip(byte[] bytes, Random random, int times) {
        byte[] out = bytes.clone();
        for (int k = 0; k < times && out.length > 0; k++) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private static byte[] insert(byte[] bytes, Random random, byte[] extra) {
        int at = random.nextInt(bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(extra);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] deleteRange(byte[] bytes, Random random) {
        int from = random.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(30));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, from);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }

    private static byte[] hugeField(String seed, Random random) {
        String huge = "長".repeat(50_000 + random.nextInt(200_000));
        String[] lines = seed.split("\n", -1);
        int line = 1 + random.nextInt(lines.length - 2);
        lines[line] = lines[line] + (random.nextBoolean() ? huge : "\"" + huge);
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String duplicateLines(String seed, Random random) {
        String[] lines = seed.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line).append('\n');
            if (random.nextInt(3) == 0) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String replaceValue(String seed, Random random) {
        String[] wild = {"", " ", "-1", "99999999999999999999", "2026-02-30", "2026-13-01", "0000-01-01",
            "2026-11-28T25:00:00Z", "true", "maybe", "6", "0", "★★★", "in progress", "'); DROP TABLE job;--",
            "=1+1", "NaN", "1e9", "¥-5", "2026/11/28 9:15", "+99999-01-01T00:00:00Z"};
        String[] lines = seed.split("\n", -1);
        int line = 1 + random.nextInt(lines.length - 2);
        String[] cells = lines[line].split(",", -1);
        cells[random.nextInt(cells.length)] = pick(random, wild);
        lines[line] = String.join(",", cells);
        return String.join("\n", lines);
    }
}
