package jp.nintei.dashboard;

/**
 * One requirement as the dashboard shows it, in words.
 *
 * @param fraction how full the ring is, 0..1 (value against target)
 * @param advice   what is still needed, or the margin when met
 * @param nearMiss not met, but within 3 % of the target: shown apart from a far miss (in words and colour)
 */
public record Gauge(String requirement, String title, String value, String target, boolean met, String badge,
                    String advice, double fraction, boolean nearMiss) {
}
