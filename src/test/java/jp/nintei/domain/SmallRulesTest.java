package jp.nintei.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Small rules a user meets directly: star ratings typed, window edges, an empty logbook, the checks counted. */
class SmallRulesTest {

    static final AsOf D = ReplyRateTest.AS_OF; // 2026-11-28T18:00+09:00

    @Test
    void oneToFiveStarsAreRatingsAndNothingElse() {
        assertEquals(ReviewRating.STARS_1, ReviewRating.ofStars(1));
        assertEquals(ReviewRating.STARS_3, ReviewRating.ofStars(3));
        assertEquals(ReviewRating.STARS_5, ReviewRating.ofStars(5));
        assertThrows(IllegalArgumentException.class, () -> ReviewRating.ofStars(0));
        assertThrows(IllegalArgumentException.class, () -> ReviewRating.ofStars(6));
    }

    @Test
    void theJapaneseWordsOfTheTwoLevelScaleAreRead() {
        assertEquals(Optional.of(ReviewRating.SATISFIED), ReviewRating.fromCode(" 満足 "));
        assertEquals(Optional.of(ReviewRating.UNSATISFIED), ReviewRating.fromCode("残念"));
        assertEquals(Optional.of(ReviewRating.UNSATISFIED), ReviewRating.fromCode("Unsatisfied"));
        assertEquals(Optional.of(ReviewRating.STARS_4), ReviewRating.fromCode("4"));
        assertEquals(Optional.empty(), ReviewRating.fromCode("6"));
    }

    @Test
    void aDayWindowIncludesItsLastDayAndExcludesTheDayBeforeItsFirst() {
        assertTrue(D.inWindow(LocalDate.of(2026, 11, 28), 365));
        assertTrue(D.inWindow(LocalDate.of(2025, 11, 29), 365));
        assertFalse(D.inWindow(LocalDate.of(2025, 11, 28), 365));
        assertFalse(D.inWindow(LocalDate.of(2026, 11, 29), 365));
        assertEquals(LocalDate.of(2025, 11, 29), D.windowStart(365));
        assertEquals(LocalDate.of(2026, 11, 28), D.windowStart(1));
    }

    @Test
    void anInstantWindowIsOpenAtItsStartAndClosedAtT() {
        Instant t = OffsetDateTime.parse("2026-11-28T18:00:00+09:00").toInstant();
        assertTrue(D.inWindow(t, 1));
        assertTrue(D.inWindow(t.minusSeconds(86_399), 1));
        assertFalse(D.inWindow(t.minusSeconds(86_400), 1));
        assertFalse(D.inWindow(t.plusSeconds(1), 1));
    }

    @Test
    void aLogbookWithAnyOneRowIsNotEmpty() {
        assertTrue(Logbook.EMPTY.isEmpty());
        assertFalse(new LogbookBuilder().jobs(1, "2026-05-01", JobStatus.IN_PROGRESS, null).build().isEmpty());
        assertFalse(new LogbookBuilder().message("2026-05-01T10:00:00+09:00", null).build().isEmpty());
        assertFalse(new LogbookBuilder().reviews("2026-05-01", ReviewRating.STARS_5).build().isEmpty());
    }

    @Test
    void everyCheckDoneCountsOnce() {
        assertEquals(0, Settings.EMPTY.checksDone());
        assertEquals(3, new Settings(null, "", true, true, true).checksDone());
        assertEquals(1, new Settings(null, "", false, true, false).checksDone());
        assertEquals(2, new Settings(null, "", true, false, true).checksDone());
    }

    @Test
    void aCutoffOfOneYenIsTheSmallestAccepted() {
        assertEquals(1L, new Settings(1L, "", false, false, false).earningsCutoff());
        assertThrows(ValueException.class, () -> new Settings(0L, "", false, false, false));
    }

    @Test
    void checksMayBeListedWithSpacesAndEmptyItemsAreDropped() {
        Rule rule = new Rule("verification", Metric.CHECKS_DONE, BigDecimal.ONE, 1, 0,
                Map.of("checks", "identity, ,nda,"));
        assertEquals(List.of("identity", "nda"), rule.checks());
    }

    @Test
    void aWindowOfOneDayIsTheSmallest() {
        assertEquals(1, new Rule("r", Metric.REPLY_RATE, null, 1, 0, Map.of()).windowDays());
        assertThrows(IllegalArgumentException.class, () -> new Rule("r", Metric.REPLY_RATE, null, 0, 0,
                Map.of()));
    }

    @Test
    void aRuleNamesItselfAndItsSourceInTheUsersLanguage() {
        Rule sales = BuiltInProfiles.read("coconala-gold").rule("sales").orElseThrow();
        assertEquals(Optional.of("Sales (last 3 months)"), sales.label("en"));
        assertEquals(Optional.of("coconala help, ランク: sales of ¥50,000 or more over the last 3 months"),
                sales.source("en"));
        assertEquals(Optional.of("ココナラ ヘルプ ランク — 直近3か月の売上 ¥50,000 以上"), sales.source("ja"));
        assertEquals(Optional.of("coconala help, ランク: sales of ¥50,000 or more over the last 3 months"),
                sales.source("fr"));
    }

    @Test
    void anOnTimeLimitIsTheProfilesOrTheUsualOne() {
        Rule reply = RuleProfile.LANCERS_CERTIFIED.rule("reply_rate").orElseThrow();
        assertEquals(Duration.ofHours(24), reply.duration("on_time_within", Duration.ofHours(1)));
        assertEquals(Duration.ofHours(1), reply.duration("no_such_key", Duration.ofHours(1)));
    }
}
