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
    private static final DateTimeFormatter ISO_LOCAL_T = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_LOCAL_SPACE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]")
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
        OffsetDateTime canonical = canonical(v);
        if (canonical != null) {
            return Optional.of(canonical).filter(t -> plausible(t.getYear()));
        }
        try {
            return Optional.of(OffsetDateTime.parse(v)).filter(t -> plausible(t.getYear()));
        } catch (DateTimeParseException notWithOffset) {
            // a local time in the user's zone?
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {ISO_LOCAL_T, ISO_LOCAL_SPACE, SLASH_TIME}) {
            try {
                return Optional.of(LocalDateTime.parse(v, f)).filter(t -> plausible(t.getYear()))
                        .flatMap(t -> inZone(t, userZone));
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /**
     * The form Nintei itself writes ({@code 2026-11-28T09:15:00+09:00} or {@code …Z}), read without a
     * DateTimeFormatter: an import of a million rows spends most of its parsing time there. Null for any other form
     * (the formatters then decide); what it accepts, {@code OffsetDateTime.parse} accepts identically.
     */
    static OffsetDateTime canonical(String v) {
        int n = v.length();
        if ((n != 20 && n != 25) || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T'
                || v.charAt(13) != ':' || v.charAt(16) != ':') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        int second = digits(v, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        java.time.ZoneOffset offset;
        if (n == 20) {
            if (v.charAt(19) != 'Z') {
                return null;
            }
            offset = java.time.ZoneOffset.UTC;
        } else {
            char sign = v.charAt(19);
            int oh = digits(v, 20, 2);
            int om = digits(v, 23, 2);
            if ((sign != '+' && sign != '-') || v.charAt(22) != ':' || oh < 0 || oh > 18 || om < 0 || om > 59
                    || (oh == 18 && om != 0)) {
                return null;
            }
            offset = java.time.ZoneOffset.ofHoursMinutes(sign == '-' ? -oh : oh, sign == '-' ? -om : om);
        }
        return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
    }

    /** The number written by {@code count} ASCII digits at {@code from}; -1 when one is not a digit. */
    private static int digits(String v, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * A local time in the user's zone — unless the clocks skipped it (2:30 on the night summer time starts does not
     * exist) or showed it twice (1:30 on the night it ends): then only a time with an offset can say which instant it
     * is, and the text is refused rather than guessed.
     */
    private static Optional<OffsetDateTime> inZone(LocalDateTime t, ZoneId zone) {
        var offsets = zone.getRules().getValidOffsets(t);
        return offsets.size() == 1 ? Optional.of(t.atOffset(offsets.get(0))) : Optional.empty();
    }

    /** Whether {@code text} is a local time that the user's zone skipped or repeated: say so, ask for an offset. */
    public static boolean isAmbiguousOrSkipped(String text, ZoneId zone) {
        for (DateTimeFormatter f : new DateTimeFormatter[] {ISO_LOCAL_T, ISO_LOCAL_SPACE, SLASH_TIME}) {
            try {
                return zone.getRules().getValidOffsets(LocalDateTime.parse(text.strip(), f)).size() != 1;
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        return false;
    }

    /** How Nintei writes an instant: ISO-8601 with the offset it was logged in, e.g. 2026-11-28T09:15:00+09:00. */
    public static String format(OffsetDateTime time) {
        return time == null ? "" : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
