package jp.nintei.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.scene.AccessibleRole;
import jp.nintei.shell.Themes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.stage.Stage;
import jp.nintei.shell.AppWindow;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The ring as a picture: its fill starts at 12 o'clock and runs clockwise as far as the value, never over the number
 * in the middle (a short arc was once centred there as a red blob), and a value on too few items is not drawn red.
 */
@ExtendWith(ApplicationExtension.class)
class GaugeRingTest {

    /** Every theme the app ships. */
    /** The themes the window applies (AtlantaFX's), each under Nintei's own stylesheet. */
    private static final List<String> THEMES = List.of(Themes.LIGHT, Themes.DARK);
    private static final double RADIUS = 44;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 240, 320));
        stage.show();
    }

    @AfterEach
    void backToLight(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(Themes.LIGHT));
    }

    static List<Arguments> fractions() {
        List<Arguments> cases = new ArrayList<>();
        for (String theme : THEMES) {
            for (double percent : new double[] {0, 0.5, 2.5, 6.7, 50, 99.9, 100, 130}) {
                cases.add(Arguments.of(theme, percent));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{1} % in {0}")
    @MethodSource("fractions")
    void theFillRunsFromTheTopAsFarAsTheValueAndNeverOverTheNumber(String theme, double percent, FxRobot robot) {
        Gauge gauge = new Gauge("earnings", "Earnings", "¥30,000", "Cutoff ¥1,200,000", false, "✗ Not met",
                "¥1,170,000 more", percent / 100, false);
        StackPane ring = show(robot, theme, gauge);
        Color fill = onFx(() -> (Color) ((Arc) ring.lookup(".gauge-fill")).getStroke());
        Picture picture = onFx(() -> new Picture(ring));

        int filledInCentre = picture.count(fill, RADIUS - 12);
        assertEquals(0, filledInCentre, "pixels of the fill colour inside the ring, over the number, at " + percent + " %");
        double drawn = Math.min(1, percent / 100) * 360;
        if (drawn == 0) {
            assertEquals(0, picture.count(fill, RADIUS + 8), "an empty ring shows no fill at all (not even a dot)");
            return;
        }
        // on the ring, just inside the start of the arc and (where it is long enough) just before its end
        assertTrue(picture.near(picture.onRing(Math.min(2, drawn / 2)), fill), "the fill starts at 12 o'clock");
        if (drawn > 20) {
            assertTrue(picture.near(picture.onRing(drawn - 10), fill), "the fill reaches " + percent + " %");
        }
        if (drawn < 340) {
            assertTrue(!picture.near(picture.onRing(drawn + 15), fill), "the fill stops at " + percent + " %");
        }
    }

    @ParameterizedTest(name = "{1} % in {0}")
    @MethodSource("fractions")
    void aRateOnTooFewItemsIsNotDrawnAsAMiss(String theme, double percent, FxRobot robot) {
        if (percent != 100) {
            return;
        }
        Gauge tooFew = new Gauge("reply_rate", "Reply rate", "100.0%", "Target ≥ 80% · 4 replies", false,
                "Too few yet: 4 of 5", "1 more reply within 24 hours", 0.8, false, "", "", false, true);
        StackPane ring = show(robot, theme, tooFew);
        Color drawn = onFx(() -> (Color) ((Arc) ring.lookup(".gauge-fill")).getStroke());
        StackPane missed = show(robot, theme, new Gauge("reply_rate", "Reply rate", "50.0%", "", false, "✗ Not met",
                "", 0.8, false));
        Color miss = onFx(() -> (Color) ((Arc) missed.lookup(".gauge-fill")).getStroke());
        assertTrue(distance(drawn, miss) > 0.3, "too few items is drawn as 'not yet', not in the colour of a miss: "
                + drawn + " vs " + miss);
        Picture picture = onFx(() -> new Picture(ring));
        assertEquals(0, picture.count(miss, RADIUS + 8), "no pixel of the miss colour on a ring of too few items");
    }

    /** A screen reader hears a card as one sentence, in the words the card shows (issue 19, item 5). */
    @Test
    void aCardReadsAsOneSentence(FxRobot robot) {
        Gauge gauge = new Gauge("reply_rate", "Reply rate (24 h)", "88.2%", "Target ≥ 80% · 34 replies", true,
                "✓ Met", "Margin: 3 late replies", 0.9, false);
        show(robot, THEMES.get(0), gauge);
        Node card = robot.lookup("#gauge-reply_rate").query();
        assertEquals(AccessibleRole.TEXT, card.getAccessibleRole());
        assertEquals("Reply rate (24 h): 88.2%. Target ≥ 80% · 34 replies. ✓ Met. Margin: 3 late replies",
                card.getAccessibleText());
    }

    private StackPane show(FxRobot robot, String theme, Gauge gauge) {
        robot.interact(() -> {
            GaugeCard card = new GaugeCard(gauge);
            StackPane root = new StackPane(card);
            Scene scene = new Scene(root, 240, 320);
            Application.setUserAgentStylesheet(theme);
            scene.getStylesheets().add(GaugeRingTest.class.getResource(AppWindow.STYLESHEET).toExternalForm());
            stage.setScene(scene);
        });
        return robot.lookup(".gauge-ring").queryAs(StackPane.class);
    }

    private static <T> T onFx(Callable<T> task) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, task);
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }

    /** A snapshot of the ring, read in coordinates around its centre. */
    private static final class Picture {
        private final PixelReader pixels;
        private final double centreX;
        private final double centreY;
        private final int width;
        private final int height;

        Picture(StackPane ring) {
            Node dial = ring.getChildren().get(0);
            WritableImage image = ring.snapshot(null, null);
            Bounds local = ring.getBoundsInLocal();
            Bounds dialBounds = dial.getBoundsInParent();
            pixels = image.getPixelReader();
            width = (int) image.getWidth();
            height = (int) image.getHeight();
            centreX = dialBounds.getCenterX() - local.getMinX();
            centreY = dialBounds.getCenterY() - local.getMinY();
        }

        /** The pixel on the middle of the ring's stroke, {@code degrees} clockwise from 12 o'clock. */
        double[] onRing(double degrees) {
            double radians = Math.toRadians(degrees);
            return new double[] {centreX + RADIUS * Math.sin(radians), centreY - RADIUS * Math.cos(radians)};
        }

        boolean near(double[] point, Color colour) {
            return distance(pixels.getColor((int) point[0], (int) point[1]), colour) < 0.15;
        }

        /** How many pixels within {@code radius} of the centre are of {@code colour}. */
        int count(Color colour, double radius) {
            int count = 0;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double dx = x - centreX;
                    double dy = y - centreY;
                    if (dx * dx + dy * dy <= radius * radius && distance(pixels.getColor(x, y), colour) < 0.15) {
                        count++;
                    }
                }
            }
            return count;
        }
    }
}
