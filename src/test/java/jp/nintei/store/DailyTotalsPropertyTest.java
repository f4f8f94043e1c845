package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.nintei.domain.AsOf;
import jp.nintei.domain.CertificationEngine;
import jp.nintei.domain.Facts;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Logbook;
import jp.nintei.domain.Message;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewRating;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.Settings;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine on the store's daily totals must give exactly what it gives on the rows. Random logbooks in a real SQLite
 * file go through random edits — adds, updates, deletes, replies sent after the as-of, rows moving across a window's
 * edge, offsets on both sides of DST — and after each edit both are compared at random as-ofs, including as-ofs that
 * fall exactly on a row's window edge.
 */
class DailyTotalsPropertyTest {

    private static final ZoneOffset[] OFFSETS = {ZoneOffset.ofHours(9), ZoneOffset.UTC, ZoneOffset.ofHours(-5),
        ZoneOffset.ofHours(-4), ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12)};
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final OffsetDateTime START = OffsetDateTime.parse("2024-01-01T00:00:00Z");
    private static final int SPAN_DAYS = 3 * 365;
    private static final String[] CATEGORIES = {"", "記事作成", "翻訳"};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void totalsAgreeWithTheRowsAfterEveryEdit(long seed) {
        Random random = new Random(seed);
        int comparisons = 0;
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            store.messages().addAll(randomMessages(random, 60));
            store.jobs().addAll(randomJobs(random, 30));
            store.reviews().addAll(randomReviews(random, 30));
            for (int edit = 0; edit < 120; edit++) {
                edit(store, random);
                Logbook rows = Snapshots.of(store);
                for (AsOf asOf : asOfs(random, rows)) {
                    compare(store, rows, asOf, random);
                    comparisons++;
                }
            }
        }
        assertEquals(120 * 4, comparisons);
    }

    /**
     * Thousands of jobs and many as-ofs on one read, as a history walks them: the jobs still open at each as-of are
     * then found from the longest job's days before it. One job of a year, added halfway, makes that the whole year.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32})
    void manyJobsWalkedDayByDayOnOneRead(long seed) {
        Random random = new Random(seed);
        try (LogbookStore store = LogbookStore.open(dir.resolve("walk-" + seed + ".db"))) {
            store.jobs().addAll(randomJobs(random, 3_000));
            walkAndCompare(store, random);
            LocalDate ordered = START.toLocalDate().plusDays(400);
            store.jobs().addAll(List.of(new Job(0, "連載", "c", "", ordered, JobStatus.COMPLETED, ordered.plusDays(365),
                    50_000L, false, "")));
            walkAndCompare(store, random);
        }
    }

    private static void walkAndCompare(LogbookStore store, Random random) {
        Logbook rows = Snapshots.of(store);
        List<LocalDate> asOfs = new ArrayList<>();
        for (LocalDate day = START.toLocalDate().minusDays(3); day.isBefore(START.toLocalDate().plusDays(SPAN_DAYS + 70));
             day = day.plusDays(1 + random.nextInt(9))) {
            asOfs.add(day);
        }
        store.withFacts(facts -> {
            for (LocalDate asOf : asOfs) {
                for (int days : new int[] {365, 1 + random.nextInt(900)}) {
                    assertEquals(rows.closedJobs(asOf.minusDays(days), asOf), facts.closedJobs(asOf.minusDays(days),
                            asOf), "as of " + asOf + ", " + days + " days");
                }
            }
            return null;
        });
    }

    /** An existing logbook gets its totals from the upgrade that introduces them. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23})
    void totalsAreFilledWhenALogbookOfSchema1IsUpgraded(long seed) {
        Random random = new Random(seed);
        Path file = dir.resolve("v1-" + seed + ".db");
        try (Database v1 = Database.open(file, Migrations.ALL.subList(0, 1))) {
            insertRowByRow(v1, new SqliteMessageStore(v1), randomMessages(random, 300));
            insertRowByRow(v1, new SqliteJobStore(v1), randomJobs(random, 150));
            insertRowByRow(v1, new SqliteReviewStore(v1), randomReviews(random, 150));
        }
        try (LogbookStore store = LogbookStore.open(file)) {
            assertEquals(Migrations.latest(), Snapshots.schemaVersion(store.database()));
            Logbook rows = Snapshots.of(store);
            for (int i = 0; i < 200; i++) {
                for (AsOf asOf : asOfs(random, rows)) {
                    compare(store, rows, asOf, random);
                }
            }
        }
    }

    /** Rows as schema 1 stored them: plain inserts, no totals. */
    private static <T> void insertRowByRow(Database db, RecordTable<T> table, List<T> rows) {
        db.write(c -> {
            try (var st = c.prepareStatement(table.insertSql())) {
                for (T row : rows) {
                    table.bind(st, row);
                    st.executeUpdate();
                }
            }
            return null;
        });
    }

    private static void compare(LogbookStore store, Logbook rows, AsOf asOf, Random random) {
        String where = "as of " + asOf;
        assertEquals(CertificationEngine.evaluate(rows, asOf, RuleProfile.LANCERS_CERTIFIED),
                store.withFacts(facts -> CertificationEngine.evaluate(facts, asOf, RuleProfile.LANCERS_CERTIFIED)),
                where);
        // windows of any length, and an on-time limit the totals were not kept for
        int days = 1 + random.nextInt(400);
        Instant after = asOf.instant().minus(Duration.ofDays(days)).minusSeconds(random.nextInt(86_400));
        Duration onTime = random.nextBoolean() ? Duration.ofHours(24) : Duration.ofHours(1 + random.nextInt(48));
        LocalDate dayAfter = asOf.date().minusDays(days);
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        store.withFacts(facts -> {
            assertEquals(rows.replies(after, asOf.instant(), onTime), facts.replies(after, asOf.instant(), onTime),
                    where + ", replies after " + after + " within " + onTime);
            assertEquals(rows.closedJobs(dayAfter, asOf.date()), facts.closedJobs(dayAfter, asOf.date()), where);
            assertEquals(rows.earnings(dayAfter, asOf.date(), category),
                    facts.earnings(dayAfter, asOf.date(), category), where + ", category " + category);
            assertEquals(rows.ratings(dayAfter, asOf.date()), facts.ratings(dayAfter, asOf.date()), where);
            return null;
        });
    }

    /** Random as-ofs, and as-ofs exactly one window after a row (that row is then just outside it) or a second before. */
    private static List<AsOf> asOfs(Random random, Logbook rows) {
        List<AsOf> asOfs = new ArrayList<>();
        asOfs.add(AsOf.of(randomTime(random)));
        asOfs.add(AsOf.of(randomTime(random).atZoneSameInstant(NEW_YORK)));
        if (!rows.messages().isEmpty()) {
            Message m = rows.messages().get(random.nextInt(rows.messages().size()));
            OffsetDateTime edge = m.receivedAt().plusDays(365).plusSeconds(random.nextInt(3) - 1);
            asOfs.add(AsOf.of(edge.withOffsetSameInstant(OFFSETS[random.nextInt(OFFSETS.length)])));
            OffsetDateTime reply = m.repliedAt() == null ? m.receivedAt() : m.repliedAt();
            asOfs.add(AsOf.of(reply.plusSeconds(random.nextInt(3) - 1)));
        } else {
            asOfs.add(AsOf.of(randomTime(random)));
            asOfs.add(AsOf.of(randomTime(random)));
        }
        return asOfs;
    }

    private static void edit(LogbookStore store, Random random) {
        Logbook rows = Snapshots.of(store);
        switch (random.nextInt(10)) {
            case 0 -> store.messages().add(randomMessages(random, 1).get(0));
            case 1 -> store.jobs().add(randomJobs(random, 1).get(0));
            case 2 -> store.reviews().add(randomReviews(random, 1).get(0));
            case 3 -> {
                if (!rows.messages().isEmpty()) {
                    Message m = pick(random, rows.messages());
                    store.messages().apply(RowEdit.putting(List.of(randomMessages(random, 1).get(0).withId(m.id()))));
                }
            }
            case 4 -> {
                if (!rows.messages().isEmpty()) { // reply now, late, exactly on the mark, or take the reply back
                    Message m = pick(random, rows.messages());
                    long seconds = List.of(86_400L, 86_401L, 86_399L, 60L, 200_000L).get(random.nextInt(5));
                    store.messages().apply(RowEdit.putting(List.of(random.nextInt(4) == 0 ? m.withReply(null).withNoReplyNeeded(false)
                            : m.withReply(m.receivedAt().plusSeconds(seconds)).withNoReplyNeeded(random.nextInt(5) == 0))));
                }
            }
            case 5 -> {
                if (!rows.jobs().isEmpty()) {
                    store.jobs().apply(RowEdit.putting(List.of(randomJobs(random, 1).get(0).withId(pick(random, rows.jobs()).id()))));
                }
            }
            case 6 -> {
                if (!rows.reviews().isEmpty()) {
                    store.reviews().apply(RowEdit.putting(List.of(randomReviews(random, 1).get(0).withId(pick(random, rows.reviews()).id()))));
                }
            }
            case 7 -> {
                if (!rows.messages().isEmpty()) {
                    store.messages().apply(RowEdit.removing(pick(random, rows.messages()).id()));
                }
            }
            case 8 -> {
                if (!rows.jobs().isEmpty()) {
                    store.jobs().apply(RowEdit.removing(pick(random, rows.jobs()).id()));
                }
            }
            default -> {
                if (!rows.reviews().isEmpty()) {
                    store.reviews().apply(RowEdit.removing(pick(random, rows.reviews()).id()));
                }
                store.settings().save(new Settings(random.nextBoolean() ? null : 1L + random.nextInt(500_000),
                        CATEGORIES[random.nextInt(CATEGORIES.length)], random.nextBoolean(), random.nextBoolean(),
                        random.nextBoolean()));
            }
        }
    }

    private static <T> T pick(Random random, List<T> rows) {
        return rows.get(random.nextInt(rows.size()));
    }

    static OffsetDateTime randomTime(Random random) {
        return START.plusSeconds((long) (random.nextDouble() * SPAN_DAYS * 86_400L))
                .withOffsetSameInstant(OFFSETS[random.nextInt(OFFSETS.length)]);
    }

    static List<Message> randomMessages(Random random, int n) {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            OffsetDateTime received = random.nextInt(4) == 0
                    ? randomTime(random).atZoneSameInstant(NEW_YORK).toOffsetDateTime() : randomTime(random);
            OffsetDateTime replied = switch (random.nextInt(6)) {
                case 0 -> null;
                case 1 -> received.plusSeconds(86_400);
                case 2 -> received.plusSeconds(86_401);
                default -> received.plusSeconds(random.nextInt(4 * 86_400)).withOffsetSameInstant(
                        OFFSETS[random.nextInt(OFFSETS.length)]);
            };
            messages.add(new Message(0, "c" + random.nextInt(5), received, replied, random.nextInt(8) == 0, ""));
        }
        return messages;
    }

    static List<Job> randomJobs(Random random, int n) {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate ordered = START.toLocalDate().plusDays(random.nextInt(SPAN_DAYS));
            JobStatus status = JobStatus.values()[random.nextInt(3)];
            LocalDate closed = status.isClosed() ? ordered.plusDays(random.nextInt(60)) : null;
            jobs.add(new Job(0, "job", "c", CATEGORIES[random.nextInt(CATEGORIES.length)], ordered, status, closed,
                    random.nextInt(5) == 0 ? null : (long) random.nextInt(200_000), random.nextInt(6) == 0, ""));
        }
        return jobs;
    }

    static List<Review> randomReviews(Random random, int n) {
        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            reviews.add(new Review(0, "c", START.toLocalDate().plusDays(random.nextInt(SPAN_DAYS)),
                    ReviewRating.values()[random.nextInt(ReviewRating.values().length)], ""));
        }
        return reviews;
    }
}
