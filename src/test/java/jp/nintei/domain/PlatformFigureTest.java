package jp.nintei.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import jp.nintei.domain.Reconciliation.Figure;
import org.junit.jupiter.api.Test;

/** A figure the platform showed: kept as typed, drawn in the engine's unit, refused outside what the platform shows. */
class PlatformFigureTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    @Test
    void aPercentageIsDrawnAsTheEnginesShareAndARatingAsItIs() {
        assertEquals(0, new BigDecimal("0.785").compareTo(new PlatformFigure(Figure.REPLY_RATE, DAY,
                new BigDecimal("78.5")).value()));
        assertEquals(0, new BigDecimal("1").compareTo(new PlatformFigure(Figure.SATISFACTION, DAY,
                new BigDecimal("100")).value()));
        assertEquals(new BigDecimal("4.71"), new PlatformFigure(Figure.RATING, DAY, new BigDecimal("4.71")).value());
        assertEquals(Metric.AVERAGE_RATING, Figure.RATING.metric());
        assertEquals(Metric.COMPLETION_RATE, Figure.COMPLETION.metric());
    }

    @Test
    void aFigureThePlatformCannotShowIsRefusedByName() {
        var tooMuch = assertThrows(ValueException.class, () -> new PlatformFigure(Figure.COMPLETION, DAY,
                new BigDecimal("100.1")));
        assertEquals("completion_rate", tooMuch.field());
        assertThrows(ValueException.class, () -> new PlatformFigure(Figure.RATING, DAY, new BigDecimal("0.9")));
        assertThrows(ValueException.class, () -> new PlatformFigure(Figure.RATING, DAY, new BigDecimal("5.01")));
        assertThrows(ValueException.class, () -> new PlatformFigure(Figure.RATING, LocalDate.of(3000, 1, 1),
                new BigDecimal("4")));
        new PlatformFigure(Figure.RATING, DAY, new BigDecimal("1")); // the least a rating can be
        new PlatformFigure(Figure.REPLY_RATE, DAY, BigDecimal.ZERO);
    }

    @Test
    void theFigureTypedIsReadByTheSameRuleAsAKeptOne() {
        assertEquals(Optional.of(new BigDecimal("78.5")), Figure.REPLY_RATE.parse(" 78.5％ "));
        assertEquals(Optional.of(new BigDecimal("90")), Figure.COMPLETION.parse("90%"));
        assertEquals(Optional.empty(), Figure.RATING.parse("4,71"), "a comma is a thousands separator: 471");
        assertEquals(Optional.empty(), Figure.RATING.parse("1e0"), "no exponent");
        assertEquals(Optional.empty(), Figure.REPLY_RATE.parse("-0"), "no sign");
        assertEquals(Optional.empty(), Figure.REPLY_RATE.parse("seventy"));
    }
}
