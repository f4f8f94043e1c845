package jp.nintei.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Assertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import jp.nintei.domain.Message;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edge cases of the csv-spectrum suite (comma in quotes, escaped quotes, LF / CRLF / CR line breaks, quotes and
 * newlines, empty fields, UTF-8, Latin-1, JSON in a field, coordinates, NUL), written out here for a messages file,
 * plus what Excel and hand editing add: BOM, blank lines, no final newline, ragged rows, unclosed quotes.
 */
class CsvEdgeCasesTest {

    @TempDir
    Path dir;

    static final String T = "2026-11-01T09:00:00Z";

    static Arguments ok(String name, String csv, String... notes) {
        return Arguments.of(name, csv.getBytes(StandardCharsets.UTF_8), List.of(notes), null);
    }

    static Arguments ok(String name, byte[] csv, String... notes) {
        return Arguments.of(name, csv, List.of(notes), null);
    }

    static Arguments fails(String name, byte[] csv, String message) {
        return Arguments.of(name, csv, List.of(), message);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                ok("simple", "received_at,note\n" + T + ",a\n" + T + ",b\n", "a", "b"),
                ok("comma_in_quotes", "received_at,note\n" + T + ",\"Smith, John\"\n", "Smith, John"),
                ok("escaped_quotes", "received_at,note\n" + T + ",\"He said \"\"hi\"\"\"\n", "He said \"hi\""),
                ok("newlines", "received_at,note\n" + T + ",\"line 1\nline 2\"\n", "line 1\nline 2"),
                ok("newlines_crlf", "received_at,note\r\n" + T + ",\"line 1\r\nline 2\"\r\n" + T + ",x\r\n",
                        "line 1\r\nline 2", "x"),
                ok("newlines_cr", "received_at,note\r" + T + ",a\r" + T + ",b\r", "a", "b"),
                ok("quotes_and_newlines", "received_at,note\n" + T + ",\"a \"\"quoted\"\"\nline\"\n",
                        "a \"quoted\"\nline"),
                ok("empty", "received_at,note,client\n" + T + ",,\n", ""),
                ok("empty_crlf", "received_at,note,client\r\n" + T + ",,\r\n", ""),
                ok("utf8", "received_at,note\n" + T + ",日本語のメモ 🎉 ü\n", "日本語のメモ 🎉 ü"),
                ok("json", "received_at,note\n" + T + ",\"{\"\"a\"\": [1, 2], \"\"b\"\": \"\"c\"\"}\"\n",
                        "{\"a\": [1, 2], \"b\": \"c\"}"),
                ok("location_coordinates", "received_at,note\n" + T + ",\"40.7128,-74.0060\"\n", "40.7128,-74.0060"),
                // a NUL cuts text short in SQLite: refused in words rather than stored half (data safety, round two)
                fails("null_byte", ("received_at,note\n" + T + ",a\0b\n").getBytes(StandardCharsets.UTF_8),
                        "line 2, field note: contains a NUL character"),
                ok("bom", "\uFEFFreceived_at,note\n" + T + ",x\n", "x"),
                ok("blank_lines", "received_at,note\n\n" + T + ",x\n\n\n" + T + ",y\n", "x", "y"),
                ok("no_final_newline", "received_at,note\n" + T + ",x", "x"),
                ok("header_only", "received_at,note\n"),
                ok("header_case_and_spaces", " Received_At , NOTE \n" + T + ",x\n", "x"),
                fails("latin1", "received_at,note\n2026-11-01T09:00:00Z,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1),
                        "line 2: the file is not UTF-8 text"),
                fails("shift_jis", "received_at,note\n2026-11-01T09:00:00Z,日本\n".getBytes(Charset.forName("Shift_JIS")),
                        "line 2: the file is not UTF-8 text"),
                fails("ragged", ("received_at,note\n" + T + ",x\n" + T + "\n").getBytes(StandardCharsets.UTF_8),
                        "line 3: 1 fields, but the header has 2"),
                fails("unclosed_quote", ("received_at,note\n" + T + ",\"never closed\n" + T + ",x\n")
                        .getBytes(StandardCharsets.UTF_8), "line 2: not valid CSV"),
                fails("empty_file", new byte[0], "line 1: the file is empty"),
                fails("year_out_of_range", ("received_at,note\n+12026-11-01T09:00:00Z,x\n").getBytes(StandardCharsets.UTF_8),
                        "line 2, field received_at"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importsCorrectlyOrFailsNamingTheLine(String name, byte[] content, List<String> notes, String error)
            throws Exception {
        Path file = dir.resolve(name + ".csv");
        Files.write(file, content);
        CsvImporter importer = new CsvImporter(ZoneId.of("Asia/Tokyo"));
        if (error == null) {
            List<Message> rows = importer.read(file, CsvKind.MESSAGES);
            assertEquals(notes, rows.stream().map(Message::note).toList());
        } else {
            var e = Assertions.assertThrows(ImportException.class,
                    () -> importer.read(file, CsvKind.MESSAGES));
            assertTrue(e.getMessage().startsWith(file + ", line "), e.getMessage());
            assertTrue(e.getMessage().contains(error), e.getMessage());
        }
    }
}
