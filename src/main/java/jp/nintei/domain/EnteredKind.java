package jp.nintei.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * What a value the user enters is (a requirement the logbook cannot compute): yes or no (a ranking reached), a count
 * (scouts received), or a rating (a communication score). Each has its own words and its own control in the app, and
 * its own rule for what may be typed; it is stored as a number (yes = 1, no = 0).
 */
public enum EnteredKind {
    YES_NO("yes_no", BigDecimal.ZERO, BigDecimal.ONE),
    COUNT("count", BigDecimal.ZERO, BigDecimal.valueOf(1_000_000)),
    RATING("rating", BigDecimal.ZERO, BigDecimal.valueOf(5));

    private final String code;
    private final BigDecimal min;
    private final BigDecimal max;

    EnteredKind(String code, BigDecimal min, BigDecimal max) {
        this.code = code;
        this.min = min;
        this.max = max;
    }

    /** The name a profile file uses ({@code kind = yes_no}). */
    public String code() {
        return code;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    public static Optional<EnteredKind> fromCode(String code) {
        for (EnteredKind kind : values()) {
            if (kind.code.equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * The value typed for a requirement of this kind, as stored: yes / no / はい / いいえ / true / false / 1 / 0 for
     * {@link #YES_NO}; a whole number for {@link #COUNT}; a number from 0 to 5 with at most two decimals for
     * {@link #RATING}.
     *
     * @throws ValueException naming {@code field}
     */
    public BigDecimal parse(String field, String text) {
        String v = text.strip();
        return switch (this) {
            case YES_NO -> Values.parseBoolean(v).map(yes -> yes ? BigDecimal.ONE : BigDecimal.ZERO)
                    .orElseThrow(() -> new ValueException(field, "value.yesNo", Values.shorten(v)));
            case COUNT -> {
                BigDecimal count = Values.number(field, v, min, max);
                if (count.stripTrailingZeros().scale() > 0) {
                    throw new ValueException(field, "value.count", Values.shorten(v));
                }
                yield count.setScale(0);
            }
            case RATING -> {
                BigDecimal rating = Values.number(field, v, min, max);
                if (rating.stripTrailingZeros().scale() > 2) {
                    throw new ValueException(field, "value.rating", Values.shorten(v));
                }
                yield rating.stripTrailingZeros().scale() < 0 ? rating.setScale(0) : rating.stripTrailingZeros();
            }
        };
    }
}
