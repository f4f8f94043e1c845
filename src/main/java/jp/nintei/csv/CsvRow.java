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
import jp.nintei.i18n.Texts;
import jp.nintei.domain.ValueException;

/** One data row of an import, read by column name; every bad value is reported with its file, line and field. */
final class CsvRow {

    private final String file;
    private final long line;
    private final Map<String, Integer> columns;
    private final String[] values;
    private final ZoneId zone;
    private final Texts texts;

    CsvRow(String file, long line, Map<String, Integer> columns, String[] values, ZoneId zone,
           Texts texts) {
        this.texts = texts;
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

    /** Refuses the row when one of {@code columns} (the kind's required ones) is empty. */
    void requireAll(List<String> columns) throws ImportException {
        for (String column : columns) {
            if (text(column).isEmpty()) {
                throw error(column, texts.text("value.required"));
            }
        }
    }

    /** A date Nintei keeps ({@link TimeFormats#date}), or null for an empty cell. */
    LocalDate date(String column) {
        String v = text(column);
        return v.isEmpty() ? null : TimeFormats.date(column, v);
    }

    /** An instant Nintei keeps ({@link TimeFormats#instant}), or null for an empty cell. */
    OffsetDateTime instant(String column) {
        String v = text(column);
        return v.isEmpty() ? null : TimeFormats.instant(column, v, zone);
    }

    /** Yen ({@link Values#yen(String, String)}), or null for an empty cell. */
    Long yen(String column) {
        String v = text(column);
        return v.isEmpty() ? null : Values.yen(column, v);
    }

    boolean flag(String column) throws ImportException {
        String v = text(column);
        return !v.isEmpty() && parse(column, v, Values::parseBoolean, "csv.expected.flag");
    }

    /** @param expected the bundle key of what the value should be ({@code csv.expected.date}, …) */
    <T> T parse(String column, String v, Function<String, Optional<T>> parser, String expected)
            throws ImportException {
        return parser.apply(v).orElseThrow(() -> error(column, texts.text("csv.notA", shorten(v),
                texts.text(expected))));
    }

    /** A problem with one field, named by file, line and field, in the user's language. */
    ImportException error(String column, String problem) {
        return new ImportException(texts.text("csv.atField", file, String.valueOf(line), column, problem));
    }

    /** A problem with the row as a whole. */
    ImportException rowError(String problem) {
        return new ImportException(texts.text("csv.at", file, String.valueOf(line), problem));
    }

    Texts texts() {
        return texts;
    }

    private static String shorten(String v) {
        return v.length() > 60 ? v.substring(0, 57) + "…" : v;
    }

    /** A value the domain refused ({@link ValueException}), named by its line and field. */
    ImportException refused(ValueException e) {
        return error(e.field(), e.problem(texts));
    }
}
