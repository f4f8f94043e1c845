package jp.nintei.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.math.BigDecimal;

/** The settings a user can set, by the names the CLI and the logbook use. */
public enum SettingKey {
    EARNINGS_CUTOFF("earnings.cutoff"),
    EARNINGS_CATEGORY("earnings.category"),
    VERIFIED_IDENTITY("verified.identity"),
    VERIFIED_PHONE("verified.phone"),
    VERIFIED_NDA("verified.nda"),
    PROFILE("profile");

    private final String key;

    SettingKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<SettingKey> fromKey(String text) {
        return Arrays.stream(values()).filter(k -> k.key.equals(text.trim())).findFirst();
    }

    /** The value as text: what {@code get} prints and the logbook stores; empty when not set. */
    public String format(Settings s) {
        return switch (this) {
            case EARNINGS_CUTOFF -> s.earningsCutoff() == null ? "" : s.earningsCutoff().toString();
            case EARNINGS_CATEGORY -> s.earningsCategory();
            case VERIFIED_IDENTITY -> Boolean.toString(s.identityVerified());
            case VERIFIED_PHONE -> Boolean.toString(s.phoneVerified());
            case VERIFIED_NDA -> Boolean.toString(s.ndaSigned());
            case PROFILE -> s.profile();
        };
    }

    /**
     * Returns {@code s} with this key set from text.
     *
     * @throws IllegalArgumentException with a message for the user when the text is not a valid value
     */
    public Settings parseInto(Settings s, String text) {
        String v = text.strip();
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw new ValueException(key, "value.control");
        }
        return switch (this) {
            case EARNINGS_CUTOFF -> new Settings(v.isEmpty() ? null : parseYen(v), s.earningsCategory(),
                    s.identityVerified(), s.phoneVerified(), s.ndaSigned(), s.profile(), s.entered());
            case EARNINGS_CATEGORY -> new Settings(s.earningsCutoff(), v, s.identityVerified(), s.phoneVerified(),
                    s.ndaSigned(), s.profile(), s.entered());
            case VERIFIED_IDENTITY -> new Settings(s.earningsCutoff(), s.earningsCategory(), parseBoolean(v),
                    s.phoneVerified(), s.ndaSigned(), s.profile(), s.entered());
            case VERIFIED_PHONE -> new Settings(s.earningsCutoff(), s.earningsCategory(), s.identityVerified(),
                    parseBoolean(v), s.ndaSigned(), s.profile(), s.entered());
            case VERIFIED_NDA -> new Settings(s.earningsCutoff(), s.earningsCategory(), s.identityVerified(),
                    s.phoneVerified(), parseBoolean(v), s.profile(), s.entered());
            case PROFILE -> s.withProfile(v.isEmpty() ? Settings.DEFAULT_PROFILE : parseId(v));
        };
    }

    private String parseId(String v) {
        return Values.profileId(key, v);
    }

    /** The prefix of a requirement value the user enters: {@code entered.scouts}. */
    public static final String ENTERED = "entered.";

    /** Parses an entered value: a number (7, 4.9), or yes / no (はい / いいえ) as 1 / 0; empty clears it. */
    public static BigDecimal parseEntered(String key, String text) {
        String v = text.strip();
        if (v.isEmpty()) {
            return null;
        }
        var flag = Values.parseBoolean(v);
        if (flag.isPresent() && !v.matches("[0-9]")) {
            return flag.get() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return Values.number(key, v, BigDecimal.ZERO, BigDecimal.valueOf(Values.MAX_YEN))
                .stripTrailingZeros();
    }

    private Long parseYen(String v) {
        Optional<Long> yen = Values.parseYen(v);
        if (yen.isEmpty() || yen.get() < 1) {
            throw new ValueException(key, "value.cutoff", Values.shorten(v));
        }
        return yen.get();
    }

    private boolean parseBoolean(String v) {
        return Values.parseBoolean(v).orElseThrow(() -> new ValueException(key, "value.flag", Values.shorten(v)));
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
