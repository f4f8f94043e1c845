package jp.nintei.domain;

/**
 * A column of one kind of row ({@link RecordKind#columns()}): its name — the same in the CSV formats, the logbook's
 * tables and a table's sort order, and a public contract — whether a row must have it, and whether a search looks in
 * it. Each kind's columns are constants ({@link JobColumn}, {@link MessageColumn}, {@link ReviewColumn}) typed by the
 * row, so a screen names the column it sorts by and the store the one it orders by with the same constant, and a
 * column of messages cannot sort jobs.
 *
 * @param key      {@code ordered_on}, {@code received_at}, …: as in the CSV header
 * @param required a CSV row without it is refused; the form says "Required" while it is empty
 * @param searched a search text is looked for in it
 */
public record Column<T>(String key, boolean required, boolean searched) {

    static <T> Column<T> required(String key) {
        return new Column<>(key, true, false);
    }

    static <T> Column<T> searched(String key) {
        return new Column<>(key, false, true);
    }

    static <T> Column<T> plain(String key) {
        return new Column<>(key, false, false);
    }

    @Override
    public String toString() {
        return key;
    }
}
