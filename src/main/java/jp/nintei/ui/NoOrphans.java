package jp.nintei.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.Font;

/**
 * Japanese wraps between any two characters, so a wrapped line can end with one character alone ("あと4件ま / で").
 * This keeps at least {@link #KEEP} characters on a wrapped label's last line, by breaking the line before them
 * itself, measured again whenever the label's width changes. (JavaFX ignores U+2060 WORD JOINER.)
 */
public final class NoOrphans {

    /** The fewest characters left on the last line. */
    static final int KEEP = 3;

    private NoOrphans() {
    }

    /**
     * Wraps {@code label} keeping its last line whole; returns the words to show, which the caller sets instead of the
     * label's text (the label shows them with a line break of its own where one is needed).
     */
    public static StringProperty install(Label label) {
        StringProperty words = new SimpleStringProperty(label.getText());
        label.setWrapText(true);
        InvalidationListener rewrap = obs -> label.setText(wrapped(words.get(), label));
        words.addListener(rewrap);
        label.widthProperty().addListener(rewrap);
        label.fontProperty().addListener(rewrap);
        return words;
    }

    private static String wrapped(String text, Label label) {
        double width = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
        return width <= 0 ? text : keepTogether(text, label.getFont(), width);
    }

    /** {@code text} with a line break of its own where the last wrapped line would hold fewer than {@link #KEEP}. */
    static String keepTogether(String text, Font font, double width) {
        if (text == null || text.length() <= KEEP || text.indexOf('\n') >= 0) {
            return text;
        }
        Text probe = new Text(text);
        probe.setFont(font);
        probe.setWrappingWidth(width);
        Bounds b = probe.getLayoutBounds();
        int lastLine = probe.hitTest(new Point2D(1, b.getMinY() + b.getHeight() - 2)).getCharIndex();
        int alone = text.length() - lastLine;
        if (lastLine <= KEEP || alone <= 0 || alone >= KEEP || Character.isWhitespace(text.charAt(lastLine - 1))) {
            return text; // one line, enough on the last one, or a break at a space (Latin text wraps by words)
        }
        int breakAt = text.length() - KEEP;
        return text.substring(0, breakAt) + "\n" + text.substring(breakAt);
    }
}
