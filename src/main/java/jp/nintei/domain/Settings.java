package jp.nintei.domain;

/**
 * What the user tells Nintei about themselves.
 *
 * @param earningsCutoff   yen: the user's estimate of their category's top-20 % line (the platform does not publish
 *                         it); null when not entered
 * @param earningsCategory only jobs of this category count towards earnings; empty for all jobs
 */
public record Settings(Long earningsCutoff, String earningsCategory,
                       boolean identityVerified, boolean phoneVerified, boolean ndaSigned) {

    public static final Settings EMPTY = new Settings(null, "", false, false, false);

    public Settings {
        earningsCategory = earningsCategory == null ? "" : earningsCategory.strip();
        if (earningsCutoff != null && (earningsCutoff < 1 || earningsCutoff > Values.MAX_YEN)) {
            throw new IllegalArgumentException("earnings.cutoff must be at least 1 yen");
        }
    }

    public int checksDone() {
        return (identityVerified ? 1 : 0) + (phoneVerified ? 1 : 0) + (ndaSigned ? 1 : 0);
    }
}
