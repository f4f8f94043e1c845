package jp.nintei.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timings of one figure: the median and the spread, in milliseconds. */
final class Stats {

    private final List<Long> nanos = new ArrayList<>();

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    double medianMillis() {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int n = sorted.size();
        long median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return median / 1e6;
    }

    double minMillis() {
        return Collections.min(nanos) / 1e6;
    }

    double maxMillis() {
        return Collections.max(nanos) / 1e6;
    }

    /** Prints the figure; with {@code shell}, the ratio of the medians (ours ÷ the shell's: lower is better). */
    void print(String what, Stats shell) {
        System.out.printf("%-46s %9.2f ms %9.2f–%.2f ms %14s%n", what, medianMillis(), minMillis(), maxMillis(),
                shell == null ? "" : String.format("%.2f× (%.0f ms)", medianMillis() / shell.medianMillis(),
                        shell.medianMillis()));
    }

    /** Prints rows per second; with {@code shell}, ours ÷ the shell's rate (higher is better). */
    void printRate(String what, long rows, Stats shell) {
        double rate = rows / (medianMillis() / 1e3);
        System.out.printf("%-46s %,12.0f %9.0f–%.0f ms %14s%n", what, rate, minMillis(), maxMillis(),
                shell == null ? "" : String.format("%.2f× (%,.0f/s)", rate / (rows / (shell.medianMillis() / 1e3)),
                        rows / (shell.medianMillis() / 1e3)));
    }

    /** Prints the figure and the ratio of the medians against {@code floor} (ours ÷ the floor's: lower is better). */
    void printAgainst(String what, Stats floor, String floorName) {
        System.out.printf("%-46s %9.2f ms %9.2f–%.2f ms %14s%n", what, medianMillis(), minMillis(), maxMillis(),
                String.format("%.2f× %s", medianMillis() / floor.medianMillis(), floorName));
    }
}
