package jp.nintei.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A kind's columns are named as the CSV header names them, and a name of another kind is none of its columns. */
class RecordKindTest {

    @Test
    void columnsByTheirCsvNames() {
        assertEquals(Optional.of(ReviewColumn.RATED_ON), RecordKind.REVIEWS.column("rated_on"));
        assertEquals(Optional.empty(), RecordKind.REVIEWS.column("title"), "a job's column");
        assertEquals(List.of(ReviewColumn.RATED_ON, ReviewColumn.RATING), RecordKind.REVIEWS.required());
        assertEquals(List.of(JobColumn.TITLE, JobColumn.ORDERED_ON, JobColumn.STATUS), RecordKind.JOBS.required());
        assertEquals("messages", RecordKind.MESSAGES.toString());
        assertEquals("received_at", MessageColumn.RECEIVED_AT.toString());
        assertEquals(Optional.of(RecordKind.JOBS), RecordKind.byName("jobs"));
        assertEquals(Optional.empty(), RecordKind.byName("job"));
    }
}
