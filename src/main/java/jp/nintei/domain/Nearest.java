package jp.nintei.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The known word nearest to a mistyped one ("earnings.cutof" → "earnings.cutoff"), if any is near enough. */
public final class Nearest {

    private Nearest() {
    }

    /** The nearest of {@code known} to {@code typed}: at most a third of its letters (and at least 2) apart. */
    public static Optional<String> to(String typed, Collection<String> known) {
        int allowed = Math.max(2, typed.length() / 3);
        return known.stream().filter(k -> distance(typed, k) <= allowed)
                .min(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(k -> k));
    }

    /** How many letters must be inserted, removed or changed to turn one word into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
