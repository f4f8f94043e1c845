package jp.nintei.csv;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.nintei.domain.Column;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Message;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewRating;
import jp.nintei.domain.RecordKind;

/**
 * The CSV formats of the logbook: the columns of each kind (a public contract: scripts depend on these names; they are
 * the kind's own, {@link RecordKind#columns()}), the required ones, and how a row becomes a record.
 */
public record CsvKind<T>(RecordKind<T> kind, CsvImporter.RowReader<T> reader) {

    public static final CsvKind<Job> JOBS = new CsvKind<>(RecordKind.JOBS, CsvKind::job);
    public static final CsvKind<Message> MESSAGES = new CsvKind<>(RecordKind.MESSAGES, CsvKind::message);
    public static final CsvKind<Review> REVIEWS = new CsvKind<>(RecordKind.REVIEWS, CsvKind::review);

    public static Optional<CsvKind<?>> byName(String name) {
        return List.<CsvKind<?>>of(JOBS, MESSAGES, REVIEWS).stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** The CSV format of rows of {@code kind}. */
    @SuppressWarnings("unchecked")
    public static <T> CsvKind<T> of(RecordKind<T> kind) {
        return (CsvKind<T>) byName(kind.name()).orElseThrow();
    }

    /** {@code jobs}, {@code messages} or {@code reviews}. */
    public String name() {
        return kind.name();
    }

    /** The header, in order: the kind's columns ({@link RecordKind#columns()}). */
    public List<String> columns() {
        return kind.columns().stream().map(Column::key).toList();
    }

    /** The columns a row must have. */
    public List<String> required() {
        return kind.required().stream().map(Column::key).toList();
    }

    private static Job job(CsvRow row) throws ImportException {
        String title = row.freeText("title");
        LocalDate ordered = row.date("ordered_on");
        JobStatus status = row.parse("status", row.text("status"), JobStatus::fromCode, "csv.expected.status");
        // whether closed_on fits the status and the order date: the job's own rule (Job's constructor)
        return new Job(0, title, row.freeText("client"), row.freeText("category"), ordered, status,
                row.date("closed_on"), row.yen("amount_jpy"), row.flag("excluded"), row.freeText("note"));
    }

    private static Message message(CsvRow row) throws ImportException {
        return new Message(0, row.freeText("client"), row.instant("received_at"), row.instant("replied_at"),
                row.flag("no_reply_needed"), row.freeText("note"));
    }

    private static Review review(CsvRow row) throws ImportException {
        LocalDate rated = row.date("rated_on");
        ReviewRating rating = row.parse("rating", row.text("rating"), ReviewRating::fromCode, "csv.expected.rating");
        return new Review(0, row.freeText("client"), rated, rating, row.freeText("comment"));
    }
}
