package jp.nintei.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.time.ZonedDateTime;

/**
 * Each requirement's value over time, computed from the logbook at each point (never stored): points {@code from},
 * {@code from + step}, … up to and including {@code to}, each as of 23:59:59 that day in the user's time zone.
 */
public final class History {

    private History() {
    }

    public static List<Progress> points(Facts facts, RuleProfile profile, LocalDate from, LocalDate to, Period step,
                                        ZoneId zone) {
        List<Progress> points = new ArrayList<>();
        walk(facts, profile, from, to, step, zone, points::add);
        return points;
    }

    /** The same points, each handed to {@code each} as it is measured: none is kept, so any range fits in memory. */
    public static void walk(Facts facts, RuleProfile profile, LocalDate from, LocalDate to, Period step, ZoneId zone,
                            Consumer<Progress> each) {
        for (int i = 0; ; i++) {
            LocalDate day = from.plus(step.multipliedBy(i)); // from + i·step: a month step keeps the day of month
            if (day.isAfter(to)) {
                return;
            }
            each.accept(CertificationEngine.evaluate(facts, endOf(day, zone), profile));
        }
    }

    /** The end of {@code day} in {@code zone} (its last second), as {@code --as-of DATE} means; D is that day. */
    public static AsOf endOf(LocalDate day, ZoneId zone) {
        return new AsOf(lastSecondOf(day, zone).toInstant(), day);
    }

    /**
     * The last second of {@code day} in {@code zone}: 23:59:59 — or, on a day the clocks skipped (Pacific/Apia left out
     * 2011-12-30), the second before the next day begins, so that every day is a point of its own.
     */
    public static ZonedDateTime lastSecondOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).minusSeconds(1);
    }
}
