package jp.nintei.csv;

import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import java.io.ByteArrayOutputStream;
import jp.nintei.i18n.Texts;
import jp.nintei.domain.ValueException;

/**
 * Reads a CSV file of jobs, messages or reviews, or fails on the first bad row with a message naming the file, line
 * and field. Nothing is stored here: the caller stores the rows in one transaction, so a bad file changes nothing.
 */
public final class CsvImporter {

    /** Turns one row into a record. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(CsvRow row) throws ImportException;
    }

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final ZoneId zone;
    private final Texts texts;

    /** @param zone the user's time zone, for times written without an offset */
    public CsvImporter(ZoneId zone) {
        this(zone, Texts.IN_ENGLISH);
    }

    /** @param texts the language of the error messages */
    public CsvImporter(ZoneId zone, Texts texts) {
        this.zone = zone;
        this.texts = texts;
    }

    private ImportException at(String name, long line, String key, Object... args) {
        return new ImportException(texts.text("csv.at", name, String.valueOf(line), texts.text(key, args)));
    }

    /**
     * Every row of {@code file}, checked, in a list: for a preview that shows them before anything is written. Up to
     * {@link #MAX_BYTES}; an import that needs no preview streams them with {@link #rows}.
     */
    public <T> List<T> read(Path file, CsvKind<T> kind) throws ImportException {
        refuseTooBig(file);
        List<T> all = new ArrayList<>();
        try (CsvRows<T> rows = rows(file, kind)) {
            rows.forEach(all::add);
        } catch (CsvRows.Failed e) {
            throw e.getCause();
        }
        return all;
    }

    /**
     * The rows of {@code file}, read and checked one at a time as they are iterated (a file of any size in little
     * memory). The header is checked here; a bad row ends the iteration with {@link CsvRows.Failed}, naming its
     * line and field. Iterate once, then close.
     */
    public <T> CsvRows<T> rows(Path file, CsvKind<T> kind) throws ImportException {
        String name = file.toString();
        Reader reader = open(file, name);
        try {
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            Iterator<CSVRecord> records = parser.iterator();
            try {
                if (!records.hasNext()) {
                    throw at(name, 1, "csv.empty", String.join(", ", kind.columns()));
                }
                Map<String, Integer> columns = header(name, records.next(), kind);
                return new CsvRows<>(this, file, parser, records, columns, kind, parser.getCurrentLineNumber() + 1);
            } catch (ImportException | RuntimeException e) {
                parser.close();
                throw e;
            }
        } catch (UncheckedIOException | IOException e) {
            closeQuietly(reader);
            throw unreadable(file, 1, e);
        }
    }

    /** One row, or null for a blank one (skipped). */
    <T> T row(String name, long line, Map<String, Integer> columns, CSVRecord record, CsvKind<T> kind)
            throws ImportException {
        if (isBlank(record)) {
            return null;
        }
        if (record.size() != columns.size()) {
            throw at(name, line, "csv.fieldCount", record.size(), columns.size(), String.join(", ", columns.keySet()));
        }
        return readRow(kind, new CsvRow(name, line, columns, record.values(), zone, texts));
    }

    /** A read that failed: text that is not UTF-8 (the first such line named), or a quote left open. */
    ImportException unreadable(Path file, long line, Exception e) {
        IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        if (cause instanceof CharacterCodingException) {
            return withCause(at(file.toString(), firstBadLine(file), "csv.notUtf8"), cause);
        }
        if (cause instanceof LineLimit.TooLong tooLong) {
            return withCause(at(file.toString(), tooLong.line(), "csv.lineTooLong", String.format("%,d", MAX_LINE)),
                    cause);
        }
        return withCause(at(file.toString(), line, "csv.badQuote"), cause);
    }

    private static void closeQuietly(Reader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing was read; the error above says why
        }
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "…'" : text;
    }

    /**
     * The longest line read: a file without line breaks (a binary file, a sparse one of zeros) would otherwise be
     * gathered into one field until memory ran out. Eight million characters is far beyond any row of a logbook (and
     * leaves room for a header of 100,000 wrong columns, which gets its own message).
     */
    static final int MAX_LINE = 1 << 23;

    /** Larger files are split by the user when their rows are held for a preview (the app's import). */
    static final long MAX_BYTES = 1L << 30;

    private void refuseTooBig(Path file) throws ImportException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(texts.text("csv.atFile", file.toString(), texts.text("csv.tooBig",
                        String.valueOf(Files.size(file) / (1 << 20)))));
            }
        } catch (IOException e) {
            throw withCause(new ImportException(texts.text("csv.atFile", file.toString(), texts.text("csv.cannotRead",
                    String.valueOf(e.getMessage())))), e);
        }
    }

    private static ImportException withCause(ImportException e, Throwable cause) {
        e.initCause(cause);
        return e;
    }

    private static <T> T readRow(CsvKind<T> kind, CsvRow row) throws ImportException {
        row.requireAll(kind.required()); // the kind's required columns: RecordKind.required()
        try {
            return kind.reader().read(row);
        } catch (ValueException e) {
            throw withCause(row.refused(e), e); // the value rules every door shares, named by line and field
        } catch (RuntimeException e) {
            // A value no parser expected (the domain's own checks, an out-of-range date): still named by its line.
            throw withCause(row.rowError(String.valueOf(e.getMessage())), e);
        }
    }

    private Map<String, Integer> header(String name, CSVRecord record, CsvKind<?> kind) throws ImportException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String column = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (!kind.columns().contains(column)) {
                unknown.add("'" + record.get(i).strip() + "'");
            } else if (columns.putIfAbsent(column, i) != null) {
                throw at(name, 1, "csv.columnTwice", column);
            }
        }
        if (!unknown.isEmpty()) {
            List<String> shown = unknown.size() > 5 ? new ArrayList<>(unknown.subList(0, 5)) : unknown;
            if (unknown.size() > 5) {
                shown.add(texts.text("csv.andMore", unknown.size() - 5));
            }
            throw at(name, 1, "csv.unknownColumns", unknown.size(),
                    String.join(", ", shown.stream().map(CsvImporter::shorten).toList()), kind.name(),
                    String.join(", ", kind.columns()));
        }
        List<String> missing = kind.required().stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw at(name, 1, "csv.missingColumns", missing.size(), String.join(", ", missing));
        }
        return columns;
    }

    private static boolean isBlank(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Strict UTF-8 without its byte-order mark: text in another encoding fails as it is read. */
    private Reader open(Path file, String name) throws ImportException {
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader reader = new BufferedReader(new LineLimit(
                    new InputStreamReader(Files.newInputStream(file), decoder), MAX_LINE), 1 << 16);
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return reader;
        } catch (CharacterCodingException e) {
            throw withCause(at(name, firstBadLine(file), "csv.notUtf8"), e);
        } catch (IOException e) {
            throw withCause(new ImportException(texts.text("csv.atFile", name, texts.text("csv.cannotRead",
                    String.valueOf(e.getMessage())))), e);
        }
    }

    /** The first line that is not UTF-8, read line by line. */
    private static long firstBadLine(Path file) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        long lineNumber = 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream current = new ByteArrayOutputStream();
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b == -1) {
                    try {
                        decoder.reset().decode(ByteBuffer.wrap(current.toByteArray()));
                    } catch (CharacterCodingException e) {
                        return lineNumber;
                    }
                    if (b == -1) {
                        return lineNumber;
                    }
                    current.reset();
                    lineNumber++;
                } else {
                    current.write(b);
                }
            }
        } catch (IOException e) {
            return lineNumber;
        }
    }
}
