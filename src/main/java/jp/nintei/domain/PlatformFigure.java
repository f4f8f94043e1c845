package jp.nintei.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A figure the platform showed on its own page on a day, as the user typed it to compare (78.5 for a reply rate of
 * 78.5 %, 4.71 for a rating): kept so that the history chart can show the platform's figures beside Nintei's line.
 */
public record PlatformFigure(Reconciliation.Figure figure, LocalDate on, BigDecimal shown) {

    public PlatformFigure {
        Objects.requireNonNull(figure, "figure");
        Values.date("on", Objects.requireNonNull(on, "on"));
        shown = Values.number(figure.code(), Objects.requireNonNull(shown, "shown").toPlainString(),
                BigDecimal.valueOf(figure.lowest()), BigDecimal.valueOf(figure.highest()));
    }

    /** The figure in the engine's unit (0.785 for 78.5 %), as the chart draws Nintei's own values. */
    public BigDecimal value() {
        return figure.inUnit(shown);
    }
}
