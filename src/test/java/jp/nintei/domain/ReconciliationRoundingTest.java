package jp.nintei.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.nintei.domain.Reconciliation.Figure;
import jp.nintei.domain.Reconciliation.Line;
import org.junit.jupiter.api.Test;

/** Comparing with the platform's figures: the likeliest missing review, a figure no change reaches, what may be typed. */
class ReconciliationRoundingTest {

    static Line line(Figure figure, String shown, long hits, long count) {
        return ReconciliationTest.line(figure, shown, hits, count);
    }

    static String said(Line line) {
        return ReconciliationTest.said(line);
    }

    @Test
    void oneMissingReviewIsTheLikeliestOfThoseThatFitAThreeStarOne() {
        // 801 stars over 200 reviews shows as 4.01; Lancers says 4.00: one more review of ★2, ★3 or ★4 lands in
        // [3.995, 4.005) (803/201 = 3.9950, 804/201 = 4.0000, 805/201 = 4.0049), and ★3 is the middle of ★1 – ★5
        Line line = line(Figure.RATING, "4.00", 801, 200);
        assertEquals(new BigDecimal("4.01"), line.nintei());
        assertFalse(line.agrees());
        assertEquals("missing from your logbook since 2025-12-01: 1 review of ★3", said(line));
    }

    @Test
    void twoMissingReviewsOfTheSameStarsAreNamedOnce() {
        // 10 reviews of 50 stars (5.00), Lancers says 4.50: 12 reviews must hold 54 stars, 2 reviews of ★2
        Line line = line(Figure.RATING, "4.50", 50, 10);
        assertEquals("missing from your logbook since 2025-12-01: 2 reviews of ★2", said(line));
    }

    @Test
    void aFigureNoMillionRowsCanReachIsSaidToBeChecked() {
        // 2,000 reviews all of ★5; Lancers says 1.00: even a million ★1 reviews more leave it above 1.005
        Line line = line(Figure.RATING, "1.00", 10_000, 2_000);
        assertEquals(new BigDecimal("5.00"), line.nintei());
        assertFalse(line.agrees());
        assertEquals("no change of up to 1,000,000 rows would make them agree: check the figure you typed",
                said(line));
    }

    @Test
    void aFigureTheProfileDoesNotMeasureIsNamedByItsMetric() {
        List<Line> lines = Reconciliation.compare(Logbook.EMPTY, ReplyRateTest.AS_OF, RuleProfile.LANCERS_CERTIFIED,
                Map.of(Figure.SATISFACTION, new BigDecimal("98.0")));
        assertEquals(1, lines.size());
        assertEquals("satisfaction_share", lines.get(0).requirement());
        assertEquals("the profile lancers has no such requirement", said(lines.get(0)));
    }

    @Test
    void figureCodesAreTheMetricsCodes() {
        assertEquals("reply_rate", Figure.REPLY_RATE.code());
        assertEquals("completion_rate", Figure.COMPLETION.code());
        assertEquals("average_rating", Figure.RATING.code());
        assertEquals("satisfaction_share", Figure.SATISFACTION.code());
    }

    @Test
    void aShareMayBeTypedFromZeroToAHundredPercentInclusive() {
        assertEquals(Optional.of(new BigDecimal("0")), Figure.REPLY_RATE.parse("0"));
        assertEquals(Optional.of(new BigDecimal("100")), Figure.REPLY_RATE.parse("100%"));
        assertEquals(Optional.of(new BigDecimal("78.5")), Figure.COMPLETION.parse(" 78.5％ "));
        assertEquals(Optional.empty(), Figure.REPLY_RATE.parse("100.1"));
        assertEquals(Optional.empty(), Figure.REPLY_RATE.parse("-0.1"));
        assertEquals(Optional.empty(), Figure.REPLY_RATE.parse("eighty"));
    }

    @Test
    void aRatingMayBeTypedFromOneToFiveStarsInclusive() {
        assertEquals(Optional.of(new BigDecimal("1")), Figure.RATING.parse("1"));
        assertEquals(Optional.of(new BigDecimal("5.00")), Figure.RATING.parse("5.00"));
        assertEquals(Optional.empty(), Figure.RATING.parse("0.99"));
        assertEquals(Optional.empty(), Figure.RATING.parse("5.01"));
        assertTrue(Figure.RATING.parse("4.8").isPresent());
    }
}
