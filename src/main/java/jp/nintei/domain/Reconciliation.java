package jp.nintei.domain;

import jp.nintei.i18n.Phrase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The logbook against the figures the platform shows on its own page (Lancers' reply rate, completion, rating,
 * satisfaction). For each figure typed in: Nintei's own value at the same moment, counted by the same rule the
 * requirement uses, whether the two agree within the platform's rounding (one decimal of a percentage, two of a
 * rating), and otherwise the smallest change to the logbook that would make them agree — items missing from it, or
 * items it counts that the platform does not — found exactly, in integers.
 */
public final class Reconciliation {

    /** A figure the platform shows: the metric it is, and how it rounds what it shows. */
    public enum Figure {
        REPLY_RATE(Metric.REPLY_RATE, true, 1, 0, 1, "replyOnTime", "replyLate"),
        COMPLETION(Metric.COMPLETION_RATE, true, 1, 0, 1, "jobCompleted", "jobCancelled"),
        RATING(Metric.AVERAGE_RATING, false, 2, 1, 5, "review", "review"),
        SATISFACTION(Metric.SATISFACTION_SHARE, true, 1, 0, 1, "reviewSatisfied", "reviewUnsatisfied");

        final Metric metric;
        /** Shown as a percentage (else as the value itself, a rating). */
        final boolean percent;
        /** The decimals the platform shows. */
        final int decimals;
        /** What one counted item can weigh: 0 or 1 for a rate, 1 to 5 stars for a rating. */
        final int least;
        final int most;
        final String hit;
        final String miss;

        Figure(Metric metric, boolean percent, int decimals, int least, int most, String hit, String miss) {
            this.metric = metric;
            this.percent = percent;
            this.decimals = decimals;
            this.least = least;
            this.most = most;
            this.hit = hit;
            this.miss = miss;
        }

        /** The metric's code: {@code reply_rate}, {@code average_rating}, … (a profile's rule names the requirement). */
        public String code() {
            return metric.code();
        }

        /** The metric the platform's figure is a value of: the requirements of this metric are compared with it. */
        public Metric metric() {
            return metric;
        }

        /** A figure as shown (78.5 for 78.5 %, 4.71 for a rating) in the engine's unit: 0.785, 4.71. */
        public BigDecimal inUnit(BigDecimal shown) {
            return percent ? shown.movePointLeft(2) : shown;
        }

        /** The least a typed figure may be: 0 % for a share, ★1 for a rating. */
        public int lowest() {
            return percent ? 0 : 1;
        }

        /** The most a typed figure may be: 100 % for a share, ★5 for a rating. */
        public int highest() {
            return percent ? 100 : 5;
        }

        /**
         * A figure as typed ("78.5", "78.5%", "78.5％"), within {@link #lowest()} and {@link #highest()}: a plain
         * number as {@link Values#number} takes one (the rule {@link PlatformFigure} keeps too).
         */
        public Optional<BigDecimal> parse(String typed) {
            try {
                return Optional.of(Values.number(code(), typed.strip().replace("%", "").replace("％", ""),
                        BigDecimal.valueOf(lowest()), BigDecimal.valueOf(highest())));
            } catch (ValueException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * One figure compared. {@code nintei} is Nintei's value as the platform would show it (null where the logbook
     * counts nothing in the window); {@code explanation} says "agrees", or the smallest change, or why none.
     */
    public record Line(String requirement, Figure figure, BigDecimal platform, BigDecimal nintei, boolean agrees,
                       Phrase explanation) {
    }

    /**
     * The smallest change: {@code items} items weighing {@code weight} in all, added to the logbook (missing from it)
     * or taken out of it (counted here, not by the platform).
     */
    record Change(boolean added, long items, long weight) {
    }

    /** Far enough for any figure a page shows: a change beyond it is no longer "a few rows missing". */
    static final long LIMIT = 1_000_000;

    private Reconciliation() {
    }

    public static List<Line> compare(Facts facts, AsOf asOf, RuleProfile profile, Map<Figure, BigDecimal> platform) {
        List<Line> lines = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            BigDecimal shown = platform.get(figure);
            if (shown == null) {
                continue;
            }
            Optional<Rule> rule = profile.rules().stream().filter(r -> r.metric() == figure.metric).findFirst();
            if (rule.isEmpty()) {
                lines.add(new Line(figure.code(), figure, shown, null, false,
                        new Phrase("reconcile.noRule", profile.id())));
                continue;
            }
            Facts.Tally tally = switch (figure) {
                case REPLY_RATE -> ReplyRate.tally(rule.get(), facts, asOf);
                case COMPLETION -> CompletionRate.tally(rule.get(), facts, asOf);
                case RATING -> AverageRating.tally(rule.get(), facts, asOf);
                case SATISFACTION -> SatisfactionShare.tally(rule.get(), facts, asOf);
            };
            lines.add(line(rule.get().requirement(), figure, shown, tally, rule.get().dayBefore(asOf).plusDays(1)));
        }
        return lines;
    }

    static Line line(String requirement, Figure figure, BigDecimal shown, Facts.Tally tally, LocalDate since) {
        BigDecimal nintei = tally.count() == 0 ? null : shownAs(figure, tally.hits(), tally.count());
        BigDecimal scale = figure.percent ? BigDecimal.valueOf(100) : BigDecimal.ONE;
        BigDecimal half = BigDecimal.ONE.movePointLeft(figure.decimals).divide(BigDecimal.valueOf(2));
        // the values the platform shows as `shown`: [shown - half, shown + half), as a ratio of hits to count
        BigDecimal lo = shown.subtract(half).divide(scale);
        BigDecimal hi = shown.add(half).divide(scale);
        Optional<Change> change = smallest(tally.hits(), tally.count(), lo, hi, figure.least, figure.most);
        if (change.isEmpty()) {
            return new Line(requirement, figure, shown, nintei, false, new Phrase("reconcile.none"));
        }
        if (change.get().items() == 0) {
            return new Line(requirement, figure, shown, nintei, true, new Phrase("reconcile.agrees"));
        }
        return new Line(requirement, figure, shown, nintei, false, words(figure, change.get(), since));
    }

    /** The value as the platform shows it: rounded half up to its decimals (a percentage for a rate). */
    static BigDecimal shownAs(Figure figure, long hits, long count) {
        BigDecimal value = BigDecimal.valueOf(hits).multiply(BigDecimal.valueOf(figure.percent ? 100 : 1));
        return value.divide(BigDecimal.valueOf(count), figure.decimals, RoundingMode.HALF_UP);
    }

    /**
     * The fewest items to add or take out so that (hits ± weight) / (count ± items) lies in [lo, hi), each item
     * weighing {@code least} to {@code most}; adding is preferred at the same number. For t items the weight W can
     * be any whole number in [t·least, t·most] (a mix of items); so, for each t, W is asked to meet
     * ceil(lo·n') ≤ h' ≤ ceil(hi·n') − 1 as a range — no search over mixes, and no floating point.
     */
    static Optional<Change> smallest(long hits, long count, BigDecimal lo, BigDecimal hi, int least, int most) {
        for (long t = 0; t <= LIMIT; t++) {
            // added: h + W over n + t
            long n = count + t;
            if (n > 0) {
                long from = Math.max(ceil(lo, n) - hits, t * least);
                long to = Math.min(ceil(hi, n) - 1 - hits, t * most);
                if (from <= to) {
                    return Optional.of(new Change(true, t, closest(from, to, t, least, most)));
                }
            }
            // taken out: h - W over n - t, only items the logbook has: for a rate, of the hits and misses it holds;
            // a rating's stars are not known one by one here, so for a rating only what is missing is said
            long left = count - t;
            if (most == 1 && t > 0 && left > 0) {
                long from = Math.max(hits - (ceil(hi, left) - 1), t * least);
                long to = Math.min(hits - ceil(lo, left), t * most);
                from = Math.max(from, t - (count - hits)); // at most `count - hits` misses can go
                to = Math.min(to, hits);
                if (from <= to) {
                    return Optional.of(new Change(false, t, closest(from, to, t, least, most)));
                }
            }
        }
        return Optional.empty();
    }

    /** Of the weights that work, the one nearest the middle of what t items can weigh: the likeliest mix. */
    private static long closest(long from, long to, long t, int least, int most) {
        long middle = t * (least + most) / 2;
        return Math.max(from, Math.min(to, middle));
    }

    private static long ceil(BigDecimal ratio, long n) {
        return ratio.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** "2 late replies and 1 on-time reply are missing from your logbook since 2025-12-01", or counted only here. */
    static Phrase words(Figure figure, Change change, LocalDate since) {
        List<Phrase> items = new ArrayList<>();
        if (figure.most == 1) {
            long misses = change.items() - change.weight();
            if (misses > 0) {
                items.add(new Phrase("reconcile.item." + figure.miss, misses));
            }
            if (change.weight() > 0) {
                items.add(new Phrase("reconcile.item." + figure.hit, change.weight()));
            }
        } else { // reviews of whole stars: as many of one star as can be, the rest one star more
            long each = change.weight() / change.items();
            long more = change.weight() % change.items();
            if (change.items() - more > 0) {
                items.add(new Phrase("reconcile.item.stars", change.items() - more, each));
            }
            if (more > 0) {
                items.add(new Phrase("reconcile.item.stars", more, each + 1));
            }
        }
        Phrase list = items.size() == 1 ? items.get(0) : new Phrase("reconcile.and", items.get(0), items.get(1));
        return new Phrase(change.added() ? "reconcile.missing" : "reconcile.extra", list, since.toString());
    }
}
