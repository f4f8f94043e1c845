package jp.nintei.domain;

import jp.nintei.i18n.Texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import jp.nintei.domain.Reconciliation.Figure;
import jp.nintei.domain.Reconciliation.Line;
import org.junit.jupiter.api.Test;

/**
 * Worked examples checked by hand (issue 20, item 2): the platform's figure, the logbook's tally, and the smallest
 * change that makes them agree within the platform's rounding.
 */
class ReconciliationTest {

    static final LocalDate SINCE = LocalDate.of(2025, 12, 1);

    static Line line(Figure figure, String shown, long hits, long count) {
        return Reconciliation.line(figure.code(), figure, new BigDecimal(shown), new Facts.Tally(hits, count), SINCE);
    }

    static String said(Line line) {
        return line.explanation().in(Texts.IN_ENGLISH);
    }

    @Test
    void aReplyRateThatAgreesOnlyWithinRounding() {
        // 1,569 of 2,000 = 78.45 %: Lancers shows 78.5 (half up); 78.4 is not what it would show
        Line agrees = line(Figure.REPLY_RATE, "78.5", 1_569, 2_000);
        assertTrue(agrees.agrees());
        assertEquals(new BigDecimal("78.5"), agrees.nintei());
        assertEquals("agrees (within the platform's rounding)", said(agrees));
        assertFalse(line(Figure.REPLY_RATE, "78.4", 1_569, 2_000).agrees());
    }

    @Test
    void theFewestMissingRepliesThatBringTheRateDown() {
        // 86 of 100 on time (86.0 %), Lancers says 78.5: late replies alone give 86/109 = 78.9 or 86/110 = 78.2;
        // no mix of 10 to 20 more replies lands in [78.45, 78.55); 21 do: 95/121 = 78.51 (9 on time, 12 late)
        Line line = line(Figure.REPLY_RATE, "78.5", 86, 100);
        assertFalse(line.agrees());
        assertEquals(new BigDecimal("86.0"), line.nintei());
        assertEquals("missing from your logbook since 2025-12-01: 12 late replies and 9 on-time replies", said(line));
    }

    @Test
    void oneCancelledJobMore() {
        // 45 of 50 completed (90.0 %), Lancers says 88.2: 45/51 = 88.24 %
        Line line = line(Figure.COMPLETION, "88.2", 45, 50);
        assertEquals("missing from your logbook since 2025-12-01: 1 cancelled job", said(line));
    }

    @Test
    void repliesCountedHereButNotThere() {
        // 70 of 100 on time (70.0 %), Lancers says 100.0: only taking the 30 late ones out can reach it
        Line line = line(Figure.REPLY_RATE, "100.0", 70, 100);
        assertEquals("your logbook counts 30 late replies since 2025-12-01 that the platform does not", said(line));
    }

    @Test
    void missingReviewsOfWholeStars() {
        // 10 reviews of 48 stars (4.80), Lancers says 4.71: 1 to 3 more reviews cannot land in [4.705, 4.715);
        // 4 reviews of 18 stars do: 66/14 = 4.714
        Line line = line(Figure.RATING, "4.71", 48, 10);
        assertEquals(new BigDecimal("4.80"), line.nintei());
        assertEquals("missing from your logbook since 2025-12-01: 2 reviews of ★4 and 2 reviews of ★5", said(line));
    }

    @Test
    void anEmptyLogbookAndAFigureNoChangeReaches() {
        // nothing logged; Lancers says 80.0: 4 of 5 is the first share that shows as 80.0
        Line empty = line(Figure.REPLY_RATE, "80.0", 0, 0);
        assertNull(empty.nintei());
        assertEquals("missing from your logbook since 2025-12-01: 1 late reply and 4 on-time replies", said(empty));
        assertEquals("missing from your logbook since 2025-12-01: 1 on-time reply",
                said(line(Figure.REPLY_RATE, "100", 0, 0)));
    }
}
