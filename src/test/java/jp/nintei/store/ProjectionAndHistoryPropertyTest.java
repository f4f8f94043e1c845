package jp.nintei.store;

import jp.nintei.domain.BuiltInProfiles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import jp.nintei.domain.AsOf;
import jp.nintei.domain.CertificationEngine;
import jp.nintei.domain.History;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.KnownAt;
import jp.nintei.domain.Logbook;
import jp.nintei.domain.Message;
import jp.nintei.domain.NextReview;
import jp.nintei.domain.Progress;
import jp.nintei.domain.ProfileFile;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.Settings;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The next-review projection equals the engine at R on the logbook cut at T (rows after T removed, replies after T
 * unsent, jobs closed after T open again), on the rows and on the daily totals; each history point equals the engine
 * at that point. Random logbooks, random T in several offsets, every shipped profile.
 */
class ProjectionAndHistoryPropertyTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theProjectionIsTheEngineAtTheReviewOnTheLogbookCutAtT(long seed) {
        Random random = new Random(seed);
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            store.messages().addAll(DailyTotalsPropertyTest.randomMessages(random, 80));
            store.jobs().addAll(DailyTotalsPropertyTest.randomJobs(random, 40));
            store.reviews().addAll(DailyTotalsPropertyTest.randomReviews(random, 40));
            store.settings().save(new Settings(40_000L, "", true, false, true));
            Logbook rows = Snapshots.of(store);
            for (int i = 0; i < 12; i++) {
                OffsetDateTime t = DailyTotalsPropertyTest.randomTime(random);
                OffsetDateTime r = NextReview.after(t);
                assertEquals(1, r.getDayOfMonth());
                assertEquals(0, r.toLocalTime().toSecondOfDay());
                assertEquals(true, r.isAfter(t) && !r.minusMonths(1).isAfter(t), t + " → " + r);
                for (RuleProfile profile : BuiltInProfiles.all()) {
                    Progress expected = CertificationEngine.evaluate(cut(rows, AsOf.of(t)), AsOf.of(r), profile);
                    assertEquals(expected, CertificationEngine.evaluate(new KnownAt(rows, AsOf.of(t)), AsOf.of(r),
                            profile), profile.id() + " on the rows at " + t);
                    assertEquals(expected, store.withFacts(f -> CertificationEngine.evaluate(new KnownAt(f, AsOf.of(t)),
                            AsOf.of(r), profile)), profile.id() + " on the totals at " + t);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void eachHistoryPointIsTheEngineAtThatPoint(long seed) {
        Random random = new Random(seed);
        ZoneId zone = ZoneId.of("Asia/Tokyo");
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            store.messages().addAll(DailyTotalsPropertyTest.randomMessages(random, 80));
            store.jobs().addAll(DailyTotalsPropertyTest.randomJobs(random, 40));
            store.reviews().addAll(DailyTotalsPropertyTest.randomReviews(random, 40));
            Logbook rows = Snapshots.of(store);
            for (Period step : List.of(Period.ofDays(1), Period.ofWeeks(1), Period.ofMonths(1))) {
                LocalDate from = DailyTotalsPropertyTest.randomTime(random).toLocalDate();
                LocalDate to = from.plusDays(random.nextInt(90));
                for (RuleProfile profile : BuiltInProfiles.all()) {
                    List<Progress> points = store.withFacts(f -> History.points(f, profile, from, to, step, zone));
                    for (int i = 0; i < points.size(); i++) {
                        LocalDate day = from.plus(step.multipliedBy(i));
                        assertEquals(CertificationEngine.evaluate(rows, History.endOf(day, zone), profile), points.get(i));
                    }
                    LocalDate last = points.get(points.size() - 1).asOf().date();
                    assertEquals(true, !last.isAfter(to) && last.plus(step).isAfter(to), "up to and including to");
                }
            }
        }
    }

    /** The logbook as it was known at T, built from the rows: the reference the projection must equal. */
    static Logbook cut(Logbook rows, AsOf t) {
        List<Message> messages = rows.messages().stream().filter(m -> !m.receivedAt().toInstant().isAfter(t.instant()))
                .map(m -> m.repliedAt() != null && m.repliedAt().toInstant().isAfter(t.instant())
                        ? new Message(m.id(), m.client(), m.receivedAt(), null, m.noReplyNeeded(), m.note()) : m)
                .toList();
        List<Job> jobs = rows.jobs().stream().filter(j -> !j.orderedOn().isAfter(t.date()))
                .map(j -> j.closedOn() != null && j.closedOn().isAfter(t.date())
                        ? new Job(j.id(), j.title(), j.client(), j.category(), j.orderedOn(), JobStatus.IN_PROGRESS, null,
                        j.amountJpy(), j.excluded(), j.note()) : j)
                .toList();
        return new Logbook(jobs, messages, rows.reviews().stream().filter(r -> !r.ratedOn().isAfter(t.date())).toList(),
                rows.settings());
    }
}
