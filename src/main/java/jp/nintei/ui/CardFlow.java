package jp.nintei.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * Cards side by side, as many to a row as fit at {@link #minCardWidthProperty() their smallest}, widened to share
 * the row: five gauges in one row in a wide window, wrapping onto a second row in a narrow one, never cut off.
 */
public final class CardFlow extends FlowPane {

    private final DoubleProperty minCardWidth = new SimpleDoubleProperty(this, "minCardWidth", 170);

    public CardFlow() {
        widthProperty().addListener(obs -> requestLayout());
    }

    public DoubleProperty minCardWidthProperty() {
        return minCardWidth;
    }

    public double getMinCardWidth() {
        return minCardWidth.get();
    }

    public void setMinCardWidth(double width) {
        minCardWidth.set(width);
    }

    @Override
    protected void layoutChildren() {
        int cards = (int) getChildren().stream().filter(Node::isManaged).count();
        double inside = getWidth() - snappedLeftInset() - snappedRightInset();
        if (cards > 0 && inside > 0) {
            int perRow = Math.max(1, Math.min(cards, (int) ((inside + getHgap()) / (getMinCardWidth() + getHgap()))));
            int rows = (cards + perRow - 1) / perRow;
            perRow = (cards + rows - 1) / rows; // balance the rows: 3 + 2 rather than 4 + 1
            double width = Math.floor((inside - getHgap() * (perRow - 1)) / perRow);
            for (Node card : getChildren()) {
                if (card instanceof Region region) {
                    region.setPrefWidth(width);
                    region.setMinWidth(Math.min(width, getMinCardWidth()));
                    region.setMaxWidth(width);
                }
            }
        }
        super.layoutChildren();
    }
}
