package jp.nintei.store;

import jp.nintei.domain.AsOf;
import jp.nintei.domain.CertificationEngine;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Logbook;
import jp.nintei.domain.Message;
import jp.nintei.domain.Progress;
import jp.nintei.domain.RequirementResult;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewRating;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.Settings;
import jp.nintei.i18n.Texts;
import jp.nintei.words.ProgressWords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The sample logbook a first run shows: its jobs, messages and reviews are where and what the tour says they are. */
class SampleDataTest {

    static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-28T18:00:00+09:00[Asia/Tokyo]");
    static final LocalDate TODAY = NOW.toLocalDate();
    static final SampleData SAMPLE = SampleData.endingAt(NOW);

    @Test
    void sixteenJobsOrderedAWeekApartFrom120DaysAgo() {
        List<Job> jobs = SAMPLE.jobs();
        assertEquals(16, jobs.size());
        for (int i = 0; i < 16; i++) {
            assertEquals(TODAY.minusDays(120 - 7 * i), jobs.get(i).orderedOn(), "job " + i);
        }
        assertEquals(LocalDate.of(2026, 7, 31), jobs.get(0).orderedOn());
        assertEquals(LocalDate.of(2026, 11, 13), jobs.get(15).orderedOn());
    }

    @Test
    void oneCancelledJobWithoutPayAndTheLastTwoStillInProgress() {
        List<Job> jobs = SAMPLE.jobs();
        for (int i = 0; i < 16; i++) {
            Job job = jobs.get(i);
            JobStatus expected = i >= 14 ? JobStatus.IN_PROGRESS : i == 5 ? JobStatus.CANCELLED : JobStatus.COMPLETED;
            assertEquals(expected, job.status(), "job " + i);
            if (i >= 14) {
                assertNull(job.closedOn(), "job " + i);
            } else {
                assertEquals(job.orderedOn().plusDays(5), job.closedOn(), "job " + i);
            }
            if (i == 5) {
                assertNull(job.amountJpy());
            } else {
                long yen = job.amountJpy();
                assertTrue(yen >= 6_000 && yen <= 15_000 && yen % 1_000 == 0, "job " + i + ": ¥" + yen);
            }
            assertEquals("記事作成", job.category());
        }
    }

    @Test
    void thirtyFourAnsweredMessagesThreeDaysApartAndThreeWaiting() {
        List<Message> messages = SAMPLE.messages();
        assertEquals(37, messages.size());
        OffsetDateTime first = NOW.toOffsetDateTime().minusDays(110).withHour(10).withMinute(0).withSecond(0);
        for (int i = 0; i < 34; i++) {
            OffsetDateTime received = messages.get(i).receivedAt();
            OffsetDateTime day = first.plusDays(3L * i);
            assertTrue(!received.isBefore(day) && received.isBefore(day.plusHours(8)), "message " + i + ": " + received);
            assertTrue(messages.get(i).repliedAt() != null, "message " + i);
        }
        assertEquals(List.of("田中様", "株式会社ウェブ工房", "Blog Media, Inc."),
                messages.subList(34, 37).stream().map(Message::client).toList());
        assertTrue(messages.subList(34, 37).stream().allMatch(m -> m.repliedAt() == null));
        assertEquals(NOW.toOffsetDateTime().minusHours(30), messages.get(36).receivedAt());
    }

    @Test
    void everyNinthReplyFromTheFifthIsLateTheOthersWithinTenHours() {
        List<Message> messages = SAMPLE.messages();
        for (int i = 0; i < 34; i++) {
            long minutes = Duration.between(messages.get(i).receivedAt(), messages.get(i).repliedAt()).toMinutes();
            if (i % 9 == 4) {
                assertTrue(minutes >= 26 * 60 && minutes < 36 * 60, "late reply " + i + ": " + minutes + " min");
            } else {
                assertTrue(minutes >= 20 && minutes < 620, "reply " + i + ": " + minutes + " min");
            }
        }
        assertEquals(List.of(4, 13, 22, 31), IntStream.range(0, 34).filter(i -> Duration.between(
                messages.get(i).receivedAt(), messages.get(i).repliedAt()).toHours() >= 24).boxed().toList());
    }

    @Test
    void thirteenStarReviewsEightDaysApartTwoOfThemFourStarsThenOneSatisfied() {
        List<Review> reviews = SAMPLE.reviews();
        assertEquals(14, reviews.size());
        for (int i = 0; i < 13; i++) {
            assertEquals(TODAY.minusDays(110 - 8 * i), reviews.get(i).ratedOn(), "review " + i);
            assertEquals(i == 3 || i == 9 ? ReviewRating.STARS_4 : ReviewRating.STARS_5, reviews.get(i).rating(),
                    "review " + i);
        }
        assertEquals(new Review(0, "さくら出版", TODAY.minusDays(12), ReviewRating.SATISFIED, ""), reviews.get(13));
    }

    @Test
    void twoOfThreeChecksDoneAndACutoffForArticles() {
        assertEquals(new Settings(150_000L, "記事作成", true, false, true), SAMPLE.settings());
        assertEquals(2, SAMPLE.settings().checksDone());
    }

    @Test
    void thePaidAmountsAreTheSameEveryRun() {
        assertEquals(Arrays.asList(15_000L, 8_000L, 10_000L, 13_000L, 8_000L, null, 9_000L, 6_000L, 7_000L, 6_000L,
                6_000L, 14_000L, 12_000L, 12_000L, 14_000L, 12_000L), SAMPLE.jobs().stream().map(Job::amountJpy).toList());
    }

    @Test
    void theDashboardOfTheSampleShowsLivingGauges() {
        Logbook logbook = new Logbook(SAMPLE.jobs(), SAMPLE.messages(), SAMPLE.reviews(), SAMPLE.settings());
        Progress progress = CertificationEngine.evaluate(logbook, AsOf.of(NOW), RuleProfile.LANCERS_CERTIFIED);
        ProgressWords words = new ProgressWords(Texts.IN_ENGLISH, RuleProfile.LANCERS_CERTIFIED);
        assertEquals(List.of("88.2% | ✓ Met | Margin: 3 more late replies",
                "92.8% | ✓ Met | No margin: one more cancellation would lose it",
                "¥126,000 | ✗ Not met | ¥24,000 more",
                "4.84 | ✓ Met | No margin: one 1-star review would lose it",
                "2 / 3 | ✗ Not met | Left: phone"),
                RuleProfile.LANCERS_CERTIFIED.rules().stream().map(rule -> {
                    RequirementResult r = progress.result(rule.requirement()).orElseThrow();
                    return words.value(r) + " | " + words.badge(r) + " | " + words.advice(r, SAMPLE.settings());
                }).toList());
    }

    @Test
    void theSameMomentGivesTheSameSample() {
        assertEquals(SAMPLE, SampleData.endingAt(NOW));
    }
}
