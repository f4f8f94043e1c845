package jp.nintei.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.Collections;

/**
 * What the user tells Nintei about themselves.
 *
 * @param earningsCutoff   yen: the user's estimate of their category's top-20 % line (the platform does not publish
 *                         it); null when not entered
 * @param earningsCategory only jobs of this category count towards earnings; empty for all jobs
 * @param profile          the id of the rule profile the logbook is measured by ({@code lancers} unless chosen)
 * @param entered          values of requirements the logbook cannot compute, by requirement id, as the user entered
 *                         them (scouts received, a monthly ranking reached: 1 for yes)
 */
public record Settings(Long earningsCutoff, String earningsCategory,
                       boolean identityVerified, boolean phoneVerified, boolean ndaSigned, String profile,
                       Map<String, BigDecimal> entered) {

    /** The profile of a logbook that never chose one: the seed's five requirements, exactly as before. */
    public static final String DEFAULT_PROFILE = "lancers";

    public static final Settings EMPTY = new Settings(null, "", false, false, false);

    public Settings {
        earningsCategory = Values.category(SettingKey.EARNINGS_CATEGORY.key(), earningsCategory);
        if (earningsCutoff != null && (earningsCutoff < 1 || earningsCutoff > Values.MAX_YEN)) {
            throw new ValueException(SettingKey.EARNINGS_CUTOFF.key(), "value.cutoff", earningsCutoff.toString());
        }
        profile = profile == null || profile.isBlank() ? DEFAULT_PROFILE
                : Values.profileId(SettingKey.PROFILE.key(), profile);
        Map<String, BigDecimal> checked = new TreeMap<>();
        (entered == null ? Map.<String, BigDecimal>of() : entered).forEach((requirement, value) -> {
            String field = SettingKey.ENTERED + requirement;
            Values.profileId(field, requirement);
            checked.put(requirement, Values.number(field, value.toPlainString(), BigDecimal.ZERO,
                    BigDecimal.valueOf(Values.MAX_YEN)));
        });
        entered = Collections.unmodifiableMap(checked);
    }

    public Settings(Long earningsCutoff, String earningsCategory, boolean identityVerified, boolean phoneVerified,
                    boolean ndaSigned) {
        this(earningsCutoff, earningsCategory, identityVerified, phoneVerified, ndaSigned, DEFAULT_PROFILE, Map.of());
    }

    public int checksDone() {
        return (identityVerified ? 1 : 0) + (phoneVerified ? 1 : 0) + (ndaSigned ? 1 : 0);
    }

    public Settings withProfile(String id) {
        return new Settings(earningsCutoff, earningsCategory, identityVerified, phoneVerified, ndaSigned, id, entered);
    }

    /** With {@code requirement}'s entered value set, or removed when {@code value} is null. */
    public Settings withEntered(String requirement, BigDecimal value) {
        Map<String, BigDecimal> changed = new TreeMap<>(entered);
        if (value == null) {
            changed.remove(requirement);
        } else {
            changed.put(requirement, value);
        }
        return new Settings(earningsCutoff, earningsCategory, identityVerified, phoneVerified, ndaSigned, profile,
                changed);
    }
}
