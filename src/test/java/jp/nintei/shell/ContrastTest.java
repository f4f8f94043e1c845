package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Arc;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Text and the graphics that carry meaning meet WCAG AA contrast in both themes (issue 19, item 4): 4.5:1 for text,
 * 3:1 for a gauge's ring against its card. The colours are the ones JavaFX resolves from the stylesheets the window
 * applies — the theme (Primer Light or Dark) and theme.css — on nodes styled as the screens style them.
 */
@ExtendWith(ApplicationExtension.class)
class ContrastTest {

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void light(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(Themes.LIGHT));
    }

    /** A label of {@code classes} inside a parent of {@code parentClasses}: its text against its background. */
    record Pair(String name, String parentClasses, String classes) {
    }

    static final List<Pair> TEXT = List.of(
            new Pair("text on a card", "card", ""),
            new Pair("muted text on the page", "main", "muted"),
            new Pair("a gauge's target on a card", "card", "gauge-target"),
            new Pair("met badge", "card :met", "gauge-badge"),
            new Pair("not met badge", "card :not-met", "gauge-badge"),
            new Pair("near miss badge", "card :not-met :near-miss", "gauge-badge"),
            new Pair("not yet (too few) badge", "card :met :too-few", "gauge-badge"),
            new Pair("time left chip", "card", "pending-remaining"),
            new Pair("urgent chip", "card", "pending-remaining :urgent"),
            new Pair("overdue chip", "card", "pending-remaining :overdue"),
            new Pair("a field's error", "card", "field-error"),
            new Pair("the status bar", "status-bar", "status-text"),
            new Pair("an error in the status bar", "status-bar", "status-text :error"),
            new Pair("the demo in the status bar", "status-bar", "muted logbook :demo"),
            new Pair("the what-if banner", "what-if-top", "what-if-top-text"),
            new Pair("the overall badge", "main", "overall-badge"),
            new Pair("the overall badge, met", "main", "overall-badge :met"),
            new Pair("a fall warning", "card", "fall-warning"));

    static final List<String> RINGS = List.of(":met", ":not-met", ":not-met :near-miss", ":met :too-few");

    /** Gives {@code node} the style classes of {@code classes}, and the states among them (":met"). */
    static void dress(Node node, String classes) {
        for (String c : classes.split(" ")) {
            if (c.startsWith(":")) {
                node.pseudoClassStateChanged(PseudoClass.getPseudoClass(c.substring(1)), true);
            } else if (!c.isEmpty()) {
                node.getStyleClass().add(c);
            }
        }
    }

    @Test
    void everyTextAndRingIsReadableInBothThemes(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (String theme : new String[] {Themes.LIGHT, Themes.DARK}) {
            String themeName = theme.equals(Themes.DARK) ? "dark" : "light";
            robot.interact(() -> {
                Application.setUserAgentStylesheet(theme);
                VBox root = new VBox();
                root.getStyleClass().add("main");
                List<Label> labels = new ArrayList<>();
                for (Pair pair : TEXT) {
                    StackPane parent = new StackPane();
                    dress(parent, pair.parentClasses());
                    Label label = new Label("認定 Nintei 88.2%");
                    dress(label, pair.classes());
                    parent.getChildren().add(label);
                    root.getChildren().add(parent);
                    labels.add(label);
                }
                List<Arc> rings = new ArrayList<>();
                List<StackPane> ringCards = new ArrayList<>();
                for (String state : RINGS) {
                    StackPane card = new StackPane();
                    dress(card, "card " + state);
                    Arc fill = new Arc(0, 0, 40, 40, 90, -300);
                    fill.getStyleClass().add("gauge-fill");
                    card.getChildren().add(fill);
                    root.getChildren().add(card);
                    rings.add(fill);
                    ringCards.add(card);
                }
                Scene scene = new Scene(root, 400, 900);
                scene.getStylesheets().add(AppWindow.class.getResource(AppWindow.STYLESHEET).toExternalForm());
                stage.setScene(scene);
                root.applyCss();
                for (int i = 0; i < TEXT.size(); i++) {
                    Label label = labels.get(i);
                    Color behind = background(label);
                    Color text = over(color(label.getTextFill()), behind);
                    double ratio = contrast(text, behind);
                    if (ratio < 4.5) {
                        problems.add(String.format("%s, %s: %.2f:1 (%s on %s)", themeName, TEXT.get(i).name(), ratio,
                                text, behind));
                    }
                }
                for (int i = 0; i < RINGS.size(); i++) {
                    Color card = background(ringCards.get(i));
                    Color stroke = over(color(rings.get(i).getStroke()), card);
                    double ratio = contrast(stroke, card);
                    if (ratio < 3) {
                        problems.add(String.format("%s, %s ring: %.2f:1 (%s on %s)", themeName, RINGS.get(i), ratio,
                                stroke, card));
                    }
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    /** What {@code node}'s text is drawn on: its background, see-through ones laid over their parent's. */
    static Color background(Node node) {
        if (node == null) {
            return Color.WHITE;
        }
        if (node instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
            var fills = r.getBackground().getFills();
            Color c = color(fills.get(fills.size() - 1).getFill());
            return c.getOpacity() > 0.99 ? c : over(c, background(node.getParent()));
        }
        return background(node.getParent());
    }

    /** {@code top} drawn over the opaque {@code below}. */
    static Color over(Color top, Color below) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + below.getRed() * (1 - a), top.getGreen() * a + below.getGreen() * (1 - a),
                top.getBlue() * a + below.getBlue() * (1 - a), 1);
    }

    static Color color(Paint paint) {
        return paint instanceof Color c ? c : Color.TRANSPARENT;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
