package jp.nintei.csv;

import jp.nintei.domain.TimeFormats;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.nintei.domain.Values;

/** One data row of an import, read by column name; every bad value is reported with its file, line and field. */
final class CsvRow {

    private final String file;
    private final long line;
    private final Map<String, Integer> columns;
    private final String[] values;
    private final ZoneId zone;

    CsvRow(String file, long line, Map<String, Integer> columns, String[] values, ZoneId zone) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.values = values;
        this.zone = zone;
    }

    long line() {
        return line;
    }

    /** The trimmed text of a column; "" when the column is absent or the cell empty. */
    String text(String column) {
        Integer index = columns.get(column);
        return index == null ? "" : values[index].strip();
    }

    /** A free-text column, with the formula guard of an export taken off ({@link CellText}). */
    String freeText(String column) {
        return CellText.restore(text(column));
    }

    String required(String column) throws ImportException {
        String v = text(column);
        if (v.isEmpty()) {
            throw error(column, "is empty; it is required");
        }
        return v;
    }

    LocalDate date(String column) throws ImportException {
        String v = text(column);
        return v.isEmpty() ? null : parse(column, v, TimeFormats::parseDate, "a date (2026-11-28 or 2026/11/28)");
    }

    OffsetDateTime instant(String column) throws ImportException {
        String v = text(column);
        if (!v.isEmpty() && TimeFormats.isAmbiguousOrSkipped(v, zone)) {
            throw error(column, "'" + shorten(v) + "' does not exist or happens twice in " + zone.getId() + " (summer "
                    + "time); write it with its offset, e.g. 2026-11-01T01:30:00-04:00");
        }
        return v.isEmpty() ? null : parse(column, v, s -> TimeFormats.parseInstant(s, zone),
                "a date and time (2026-11-28T09:15:00+09:00, 2026-11-28 09:15 or 2026/11/28 9:15)");
    }

    Long yen(String column) throws ImportException {
        String v = text(column);
        return v.isEmpty() ? null : parse(column, v, Values::parseYen, "a whole number of yen from 0 to 999,999,999,999");
    }

    boolean flag(String column) throws ImportException {
        String v = text(column);
        return !v.isEmpty() && parse(column, v, Values::parseBoolean, "true or false");
    }

    <T> T parse(String column, String v, Function<String, Optional<T>> parser, String expected)
            throws ImportException {
        return parser.apply(v).orElseThrow(() -> error(column, "'" + shorten(v) + "' is not " + expected));
    }

    ImportException error(String column, String problem) {
        return new ImportException(file + ", line " + line + ", field " + column + ": " + problem);
    }

    private static String shorten(String v) {
        return v.length() > 60 ? v.substring(0, 57) + "…" : v;
    }
}
