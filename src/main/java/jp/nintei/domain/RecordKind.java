package jp.nintei.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The three kinds of row a logbook keeps — jobs, messages, reviews — by the names the CLI, the CSV files and the
 * bundle use ({@code import jobs FILE}, {@code jobs.added}), with the record type and its id.
 */
public final class RecordKind<T> {

    public static final RecordKind<Job> JOBS = new RecordKind<>("jobs", Job.class, Job::id);
    public static final RecordKind<Message> MESSAGES = new RecordKind<>("messages", Message.class, Message::id);
    public static final RecordKind<Review> REVIEWS = new RecordKind<>("reviews", Review.class, Review::id);
    public static final List<RecordKind<?>> ALL = List.of(JOBS, MESSAGES, REVIEWS);

    private final String name;
    private final Class<T> type;
    private final ToLongFunction<T> id;

    private RecordKind(String name, Class<T> type, ToLongFunction<T> id) {
        this.name = name;
        this.type = type;
        this.id = id;
    }

    /** {@code jobs}, {@code messages} or {@code reviews}: a public contract. */
    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    public long idOf(T row) {
        return id.applyAsLong(row);
    }

    public static Optional<RecordKind<?>> byName(String name) {
        return ALL.stream().filter(k -> k.name.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return name;
    }
}
