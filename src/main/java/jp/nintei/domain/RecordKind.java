package jp.nintei.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The three kinds of row a logbook keeps — jobs, messages, reviews — by the names the CLI, the CSV files and the
 * bundle use ({@code import jobs FILE}, {@code jobs.added}), with the id of a row and its columns: the one
 * description of a kind that the store, the CSV formats and the screens share.
 */
public final class RecordKind<T> {

    public static final RecordKind<Job> JOBS = new RecordKind<>("jobs", Job::id, JobColumn.ALL,
            JobColumn.ORDERED_ON);
    public static final RecordKind<Message> MESSAGES = new RecordKind<>("messages", Message::id,
            MessageColumn.ALL, MessageColumn.RECEIVED_AT);
    public static final RecordKind<Review> REVIEWS = new RecordKind<>("reviews", Review::id,
            ReviewColumn.ALL, ReviewColumn.RATED_ON);
    public static final List<RecordKind<?>> ALL = List.of(JOBS, MESSAGES, REVIEWS);

    private final String name;
    private final ToLongFunction<T> id;
    private final List<Column<T>> columns;
    private final Column<T> when;

    private RecordKind(String name, ToLongFunction<T> id, List<Column<T>> columns,
                       Column<T> when) {
        this.name = name;
        this.id = id;
        this.columns = columns;
        this.when = when;
    }

    /**
     * {@code jobs}, {@code messages} or {@code reviews}: a public contract, and the prefix of the kind's texts in the
     * bundle ({@code jobs.added}).
     */
    public String name() {
        return name;
    }

    public long idOf(T row) {
        return id.applyAsLong(row);
    }

    /** Its columns in the order of its CSV format. */
    public List<Column<T>> columns() {
        return columns;
    }

    /** The column its table is first sorted by, newest first: the day or time the row happened. */
    public Column<T> when() {
        return when;
    }

    /** Its columns that a row must have. */
    public List<Column<T>> required() {
        return columns.stream().filter(Column::required).toList();
    }

    /** The column of this kind named {@code key}, as in a CSV header. */
    public Optional<Column<T>> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public static Optional<RecordKind<?>> byName(String name) {
        return ALL.stream().filter(k -> k.name.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return name;
    }
}
