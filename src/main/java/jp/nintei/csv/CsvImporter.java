package jp.nintei.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a whole CSV file of jobs, messages or reviews, or fails on the first bad row with a message naming the file,
 * line and field. Nothing is stored here: the caller stores the rows in one transaction, so a bad file changes
 * nothing.
 */
public final class CsvImporter {

    /** Turns one row into a record. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(CsvRow row) throws ImportException;
    }

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final ZoneId zone;

    /** @param zone the user's time zone, for times written without an offset */
    public CsvImporter(ZoneId zone) {
        this.zone = zone;
    }

    public <T> List<T> read(Path file, CsvKind<T> kind) throws ImportException {
        String name = file.toString();
        String text = decode(file, name);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<T> rows = new ArrayList<>();
        long line = 1;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new ImportException(name + ", line 1: the file is empty; the first line must name the columns ("
                        + String.join(", ", kind.columns()) + ")");
            }
            Map<String, Integer> columns = header(name, records.next(), kind);
            line = parser.getCurrentLineNumber() + 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() != columns.size() && !isBlank(record)) {
                    throw new ImportException(name + ", line " + line + ": " + record.size() + " fields, but the header"
                            + " has " + columns.size() + " (" + String.join(", ", columns.keySet()) + ")");
                }
                if (!isBlank(record)) {
                    rows.add(readRow(kind, new CsvRow(name, line, columns, record.toList(), zone)));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException | IOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new ImportException(name + ", line " + line + ": not valid CSV: a quoted field starts here and is "
                    + "never closed, or a quote \" stands inside an unquoted field", cause);
        }
        return rows;
    }

    private static <T> T readRow(CsvKind<T> kind, CsvRow row) throws ImportException {
        try {
            return kind.reader().read(row);
        } catch (RuntimeException e) {
            // A value no parser expected (the domain's own checks, an out-of-range date): still named by its line.
            throw new ImportException(row.error("row", String.valueOf(e.getMessage())).getMessage()
                    .replace(", field row:", ":"), e);
        }
    }

    private static Map<String, Integer> header(String name, CSVRecord record, CsvKind<?> kind) throws ImportException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String column = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (!kind.columns().contains(column)) {
                unknown.add("'" + record.get(i).strip() + "'");
            } else if (columns.putIfAbsent(column, i) != null) {
                throw new ImportException(name + ", line 1: the column " + column + " appears twice");
            }
        }
        if (!unknown.isEmpty()) {
            throw new ImportException(name + ", line 1: unknown column" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + "; " + kind.name() + " columns are: "
                    + String.join(", ", kind.columns()));
        }
        List<String> missing = kind.required().stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportException(name + ", line 1: missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing));
        }
        return columns;
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    /** Strict UTF-8: a file in another encoding is refused, naming the first line that is not UTF-8. */
    private static String decode(Path file, String name) throws ImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(name + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(name + ", line " + firstBadLine(bytes) + ": the file is not UTF-8 text. In "
                    + "Excel, save it as \"CSV UTF-8 (コンマ区切り)\".", e);
        }
    }

    private static long firstBadLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }
}
