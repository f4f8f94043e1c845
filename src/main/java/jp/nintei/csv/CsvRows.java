package jp.nintei.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of one CSV file, read and checked as they are iterated, so that a file of any size is imported in little
 * memory: the store writes each row as it comes, inside the import's one transaction, and a bad row ends the
 * iteration with {@link Failed} — the transaction is rolled back and nothing is written. Iterable once; the file is
 * read a few thousand rows ahead of the caller on a thread of its own ({@link ReadAhead}).
 */
public final class CsvRows<T> implements Iterable<T>, AutoCloseable {

    /** A row that cannot be imported, thrown from the iteration; its cause says the file, line and field. */
    public static final class Failed extends RuntimeException {
        Failed(ImportException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized ImportException getCause() {
            return (ImportException) super.getCause();
        }
    }

    private final CsvImporter importer;
    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns;
    private final CsvKind<T> kind;
    private long line;
    private boolean iterated;
    private ReadAhead<T> ahead;

    CsvRows(CsvImporter importer, Path file, CSVParser parser, Iterator<CSVRecord> records,
            Map<String, Integer> columns, CsvKind<T> kind, long firstLine) {
        this.importer = importer;
        this.file = file;
        this.parser = parser;
        this.records = records;
        this.columns = columns;
        this.kind = kind;
        this.line = firstLine;
    }

    @Override
    public Iterator<T> iterator() {
        if (iterated) {
            throw new IllegalStateException("the rows of " + file + " are read once");
        }
        iterated = true;
        ahead = new ReadAhead<>(new Iterator<>() {
            private T next;

            @Override
            public boolean hasNext() {
                while (next == null && more()) {
                    next = read(records.next());
                }
                return next != null;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T row = next;
                next = null;
                return row;
            }
        }, "Reading " + file.getFileName());
        return ahead;
    }

    private boolean more() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw new Failed(importer.unreadable(file, line, e));
        }
    }

    private T read(CSVRecord record) {
        try {
            T row = importer.row(file.toString(), line, columns, record, kind);
            line = parser.getCurrentLineNumber() + 1;
            return row;
        } catch (ImportException e) {
            throw new Failed(e);
        }
    }

    @Override
    public void close() {
        if (ahead != null) {
            ahead.stop(); // the reader leaves the parser before it is closed
        }
        try {
            parser.close();
        } catch (IOException ignored) {
            // read only: nothing is lost
        }
    }
}
