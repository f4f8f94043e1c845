package jp.nintei.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneOffset;

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

    private TimeFormats() {
    }

    /**
     * The date {@code text} says, in a form above, if it is one Nintei keeps ({@link Values#date}).
     *
     * @throws ValueException naming {@code field}: not a date, or outside the dates Nintei keeps
     */
    public static LocalDate date(String field, String text) {
        String v = text.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, SLASH_DATE}) {
            try {
                return Values.date(field, LocalDate.parse(v, f));
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        throw new ValueException(field, "value.notDate", Values.shorten(v));
    }

    /**
     * The instant {@code text} says, in a form above (a time without an offset is in {@code userZone}), if it is one
     * Nintei keeps ({@link Values#instant}).
     *
     * @throws ValueException naming {@code field}: not a time, a local time the zone skipped or repeated, an offset
     *                        with seconds, or outside the instants Nintei keeps
     */
    public static OffsetDateTime instant(String field, String text, ZoneId userZone) {
        String v = text.strip();
        OffsetDateTime canonical = canonical(v);
        if (canonical != null) {
            return Values.instant(field, canonical);
        }
        try {
            return Values.instant(field, OffsetDateTime.parse(v));
        } catch (DateTimeParseException notWithOffset) {
            // a local time in the user's zone?
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {ISO_LOCAL_T, ISO_LOCAL_SPACE, SLASH_TIME}) {
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(v, f);
            } catch (DateTimeParseException next) {
                continue;
            }
            var offsets = userZone.getRules().getValidOffsets(local);
            if (offsets.size() != 1) {
                // the clocks skipped it (2:30 on the night summer time starts) or showed it twice (1:30 on the night
                // it ends): only a time with an offset can say which instant it is; refused rather than guessed
                throw new ValueException(field, "value.dstGap", Values.shorten(v), userZone.getId());
            }
            return Values.instant(field, local.atOffset(offsets.get(0)));
        }
        throw new ValueException(field, "value.notInstant", Values.shorten(v));
    }

    /** {@link #date} without the reason: empty when {@code text} is not a date Nintei keeps. */
    public static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(date("date", text));
        } catch (ValueException e) {
            return Optional.empty();
        }
    }

    /** {@link #instant} without the reason: empty when {@code text} is not an instant Nintei keeps. */
    public static Optional<OffsetDateTime> parseInstant(String text, ZoneId userZone) {
        try {
            return Optional.of(instant("time", text, userZone));
        } catch (ValueException e) {
            return Optional.empty();
        }
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
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        ZoneOffset offset;
        if (n == 20) {
            if (v.charAt(19) != 'Z') {
                return null;
            }
            offset = ZoneOffset.UTC;
        } else {
            char sign = v.charAt(19);
            int oh = digits(v, 20, 2);
            int om = digits(v, 23, 2);
            if ((sign != '+' && sign != '-') || v.charAt(22) != ':' || oh < 0 || oh > 18 || om < 0 || om > 59
                    || (oh == 18 && om != 0)) {
                return null;
            }
            offset = ZoneOffset.ofHoursMinutes(sign == '-' ? -oh : oh, sign == '-' ? -om : om);
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
     * An instant as the logbook keeps it — its UTC text exactly as Nintei writes it ({@code 2026-11-28T00:15:00Z}) —
     * with the offset it was logged in ({@code +09:00} or {@code Z}), if it is one Nintei keeps; empty for any other
     * text (the deep check calls such a row damaged, and so does reading it).
     */
    public static Optional<OffsetDateTime> stored(String utc, String offset) {
        if (utc == null || offset == null || utc.length() != 20) {
            return Optional.empty();
        }
        OffsetDateTime time = canonical(utc);
        if (time == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Values.instant("stored", time.toInstant().atOffset(ZoneOffset.of(offset))));
        } catch (DateTimeException | ValueException e) {
            return Optional.empty();
        }
    }

    /** How Nintei writes an instant: ISO-8601 with the offset it was logged in, e.g. 2026-11-28T09:15:00+09:00. */
    public static String format(OffsetDateTime time) {
        return time == null ? "" : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
