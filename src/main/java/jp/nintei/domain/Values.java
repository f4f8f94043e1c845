package jp.nintei.domain;

import java.util.Locale;
import java.util.Optional;

/** Parsing of the small values users type: yen amounts and yes/no. */
public final class Values {

    private Values() {
    }

    /**
     * The largest amount of yen Nintei accepts anywhere: 999,999,999,999. More is a typing slip, not a freelancer's
     * job, and the bound keeps every sum of a million jobs far from overflowing.
     */
    public static final long MAX_YEN = 999_999_999_999L;

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

    /**
     * Text as stored: a NUL character cuts text short in SQLite and means nothing in a logbook, so it is refused.
     *
     * @throws IllegalArgumentException naming the field
     */
    public static String text(String field, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(field + " contains a NUL character; remove it");
        }
        return value;
    }

    /** true/false, yes/no, 1/0 (any case); empty otherwise. */
    public static Optional<Boolean> parseBoolean(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Optional.of(true);
            case "false", "no", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
