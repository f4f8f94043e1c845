package jp.nintei.dashboard;

/**
 * One requirement as the dashboard shows it, in words.
 *
 * @param fraction how full the ring is, 0..1 (value against target)
 * @param advice   what is still needed, or the margin when met
 */
public record Gauge(String requirement, String title, String value, String target, boolean met, String badge,
                    String advice, double fraction) {
}
