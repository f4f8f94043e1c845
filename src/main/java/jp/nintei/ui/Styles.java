package jp.nintei.ui;

import javafx.scene.Node;

/** The style classes the code sets; the looks are in css/theme.css. */
public final class Styles {

    public static final String STATUS = "status-text";
    public static final String ERROR = "error";
    public static final String MET = "met";
    public static final String NOT_MET = "not-met";
    public static final String OVERDUE = "overdue";
    public static final String URGENT = "urgent";
    public static final String CARD = "card";
    public static final String DEMO = "demo";

    private Styles() {
    }

    /** Adds or removes one style class. */
    public static void toggle(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }
}
