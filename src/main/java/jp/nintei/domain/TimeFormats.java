package jp.nintei.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The date and time forms Nintei reads: ISO-8601 ({@code 2026-11-28}, {@code 2026-11-28T09:15:00+09:00},
 * {@code …Z}, or without offset) and the form Excel writes in Japan ({@code 2026/11/28}, {@code 2026/11/28 9:15}).
 * A time without an offset means the user's time zone.
 */
public final class TimeFormats {

    private static final DateTimeFormatter SLASH_DATE = DateTimeFormatter.ofPattern("uuuu/M/d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASH_TIME = DateTimeFormatter.ofPattern("uuuu/M/d H:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd['T'][' ']HH:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Dates outside these years are typing mistakes, not a freelancer's logbook; they also keep stored text sortable. */
    static final int FIRST_YEAR = 1970;
    static final int LAST_YEAR = 2999;

    private TimeFormats() {
    }

    private static boolean plausible(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static Optional<LocalDate> parseDate(String text) {
        String v = text.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, SLASH_DATE}) {
            try {
                return Optional.of(LocalDate.parse(v, f)).filter(d -> plausible(d.getYear()));
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    public static Optional<OffsetDateTime> parseInstant(String text, ZoneId userZone) {
        String v = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v)).filter(t -> plausible(t.getYear()));
        } catch (DateTimeParseException notWithOffset) {
            // a local time in the user's zone?
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {ISO_LOCAL, SLASH_TIME}) {
            try {
                return Optional.of(LocalDateTime.parse(v, f)).filter(t -> plausible(t.getYear()))
                        .map(t -> t.atZone(userZone).toOffsetDateTime());
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** How Nintei writes an instant: ISO-8601 with the offset it was logged in, e.g. 2026-11-28T09:15:00+09:00. */
    public static String format(OffsetDateTime time) {
        return time == null ? "" : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
