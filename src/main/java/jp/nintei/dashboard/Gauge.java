package jp.nintei.dashboard;

/**
 * One requirement as the dashboard shows it, in words.
 *
 * @param fraction how full the ring is, 0..1 (value against target)
 * @param advice   what is still needed, or the margin when met
 * @param nearMiss not met, but within 3 % of the target: shown apart from a far miss (in words and colour)
 * @param atReview the value the next review will see ("12/1: 86.0%"); empty without a review
 * @param window   the window this requirement looks at ("past 3 months"), when the rules do not share one; else empty
 * @param toEnter  a value the user enters, not entered yet: the card offers to go to Settings
 * @param tooFew   the value reaches the target but counts too few items yet (4 replies of the 5 needed): the ring
 *                 then shows the way to that minimum, in the colour of "not yet", not of a miss
 */
public record Gauge(String requirement, String title, String value, String target, boolean met, String badge,
                    String advice, double fraction, boolean nearMiss, String atReview, String window,
                    boolean toEnter, boolean tooFew) {

    public Gauge(String requirement, String title, String value, String target, boolean met, String badge,
                 String advice, double fraction, boolean nearMiss) {
        this(requirement, title, value, target, met, badge, advice, fraction, nearMiss, "", "", false, false);
    }
}
