package jp.nintei.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a value in the logbook may be — the one definition every door uses: the CSV import, the forms, {@code set},
 * profile files and the records' own constructors. The store states the same rules in SQL for its checks and its deep
 * check ({@code store.StoredValues}); a property test feeds the same values to every door and holds them equal.
 * A value outside these rules is refused with a {@link ValueException} naming the field, never stored.
 */
public final class Values {

    private Values() {
    }

    /** Dates outside these are typing mistakes, not a freelancer's logbook; they also keep stored text sortable. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1970, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2999, 12, 31);
    /** Instants are kept from the first second of {@link #FIRST_DATE} to the last of {@link #LAST_DATE}, in UTC. */
    public static final Instant FIRST_INSTANT = FIRST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);
    public static final Instant LAST_INSTANT = LAST_DATE.atTime(23, 59, 59).toInstant(ZoneOffset.UTC);

    /**
     * The largest amount of yen Nintei accepts anywhere: 999,999,999,999. More is a typing slip, not a freelancer's
     * job, and the bound keeps every sum of a million jobs far from overflowing.
     */
    public static final long MAX_YEN = 999_999_999_999L;

    /** A number as people type it: digits (grouped by commas or not) and at most six decimals; no sign, no exponent. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d{1,15})(\\.\\d{1,6})?");

    /** The ids of rule profiles and of their requirements. */
    private static final Pattern PROFILE_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    /** A date Nintei keeps: from {@link #FIRST_DATE} to {@link #LAST_DATE}. */
    public static LocalDate date(String field, LocalDate date) {
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            throw new ValueException(field, "value.dateRange", date.toString(), FIRST_DATE.toString(),
                    LAST_DATE.toString());
        }
        return date;
    }

    /**
     * An instant Nintei keeps, to the whole second: its offset is whole minutes (as every time zone's is) and it lies
     * from {@link #FIRST_INSTANT} to {@link #LAST_INSTANT}.
     */
    public static OffsetDateTime instant(String field, OffsetDateTime time) {
        if (time.getOffset().getTotalSeconds() % 60 != 0) {
            throw new ValueException(field, "value.offsetSeconds", TimeFormats.format(time), time.getOffset().getId());
        }
        OffsetDateTime whole = time.truncatedTo(ChronoUnit.SECONDS);
        if (whole.toInstant().isBefore(FIRST_INSTANT) || whole.toInstant().isAfter(LAST_INSTANT)) {
            throw new ValueException(field, "value.instantRange", TimeFormats.format(whole));
        }
        return whole;
    }

    /** Yen from 0 to {@link #MAX_YEN}. */
    public static long yen(String field, long yen) {
        if (yen < 0 || yen > MAX_YEN) {
            throw new ValueException(field, "value.yen", Long.toString(yen));
        }
        return yen;
    }

    /**
     * Text as stored: trimmed, in Unicode NFC (so the same word typed on a Mac, in decomposed form, is the same text).
     * A NUL character cuts text short in SQLite and means nothing in a logbook, so it is refused.
     */
    public static String text(String field, String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf('\0') >= 0) {
            throw new ValueException(field, "value.nul");
        }
        return (plainLatin(value) ? value : Normalizer.normalize(value, Normalizer.Form.NFC)).strip();
    }

    /** Text below U+0300 (where combining marks begin) is NFC already: most text, checked without a copy. */
    private static boolean plainLatin(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    /**
     * A category, the key the earnings are summed by: like {@link #text}, and in NFKC, so half-width ｶﾀｶﾅ and
     * full-width ＡＢＣ are the same category as カタカナ and ABC.
     */
    public static String category(String field, String value) {
        return Normalizer.normalize(text(field, value), Normalizer.Form.NFKC).strip();
    }

    /** A rule profile's id (and a requirement's): lower-case letters, digits, - and _. */
    public static String profileId(String field, String value) {
        String v = value.strip();
        if (!PROFILE_ID.matcher(v).matches()) {
            throw new ValueException(field, "value.profileId", shorten(v));
        }
        return v;
    }

    /**
     * A number from {@code min} to {@code max} as people type it ({@code 0.8}, {@code 4.85}, {@code 1,200}): no sign,
     * no exponent, at most six decimals — so a typed value can never be a number too large or too fine to mean
     * anything.
     */
    public static BigDecimal number(String field, String text, BigDecimal min, BigDecimal max) {
        String v = text.strip();
        if (!PLAIN_NUMBER.matcher(v).matches()) {
            throw new ValueException(field, "value.notNumber", shorten(v), min.toPlainString(), max.toPlainString());
        }
        BigDecimal value = new BigDecimal(v.replace(",", ""));
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new ValueException(field, "value.numberRange", shorten(v), min.toPlainString(), max.toPlainString());
        }
        return value;
    }

    /** Yen as typed ({@link #parseYen}): {@code 42,000} → 42000; anything else is refused. */
    public static long yen(String field, String text) {
        return parseYen(text).orElseThrow(() -> new ValueException(field, "value.yen", shorten(text.strip())));
    }

    /** "42000", "42,000", "¥42,000" or "￥42,000" → 42000; empty when not a whole number from 0 to {@link #MAX_YEN}. */
    public static Optional<Long> parseYen(String text) {
        String v = text.strip();
        if (v.startsWith("¥") || v.startsWith("￥")) {
            v = v.substring(1).strip();
        }
        if (!v.matches("\\d{1,3}(,\\d{3})+|\\d+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(v.replace(",", ""))).filter(yen -> yen <= MAX_YEN);
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    /** true/false, yes/no, 1/0 (any case), and はい/いいえ; empty otherwise. */
    public static Optional<Boolean> parseBoolean(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "はい" -> Optional.of(true);
            case "false", "no", "0", "いいえ" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static String shorten(String v) {
        return v.length() > 60 ? v.substring(0, 57) + "…" : v;
    }
}
