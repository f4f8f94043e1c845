package jp.nintei.ui;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * The style classes and the states the code sets; the looks are in css/theme.css. A state — met, near miss, overdue,
 * an error — is a pseudo-class ({@code .card:met}), switched on and off on the same node, never a swapped style class.
 */
public final class Styles {

    public static final String STATUS = "status-text";
    public static final String CARD = "card";
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    public static final PseudoClass MET = PseudoClass.getPseudoClass("met");
    public static final PseudoClass NOT_MET = PseudoClass.getPseudoClass("not-met");
    /** Not met, but within 3 % of the target: amber, "almost". */
    public static final PseudoClass NEAR_MISS = PseudoClass.getPseudoClass("near-miss");
    /** At the target on too few items to count: "not yet". */
    public static final PseudoClass TOO_FEW = PseudoClass.getPseudoClass("too-few");
    public static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    public static final PseudoClass URGENT = PseudoClass.getPseudoClass("urgent");
    /** The sample logbook is shown, not the user's. */
    public static final PseudoClass DEMO = PseudoClass.getPseudoClass("demo");
    /** A job the platform's support removed from the completion rate. */
    public static final PseudoClass EXCLUDED = PseudoClass.getPseudoClass("excluded");

    private Styles() {
    }

    /** Switches one state of {@code node} on or off. */
    public static void toggle(Node node, PseudoClass state, boolean on) {
        node.pseudoClassStateChanged(state, on);
    }
}
