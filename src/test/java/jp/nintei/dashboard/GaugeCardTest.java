package jp.nintei.dashboard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The value drawn in a ring must fit inside it, however many yen. */
@ExtendWith(ApplicationExtension.class)
class GaugeCardTest {

    @Start
    void start(Stage stage) {
        HBox cards = new HBox(16);
        String[] values = {"91.9%", "¥126,000", "¥162,624,842", "¥999,999,999,999"};
        for (int i = 0; i < values.length; i++) {
            cards.getChildren().add(new GaugeCard(new Gauge("g" + i, "Earnings", values[i], "target", true, "✓ Met",
                    "advice", 1.0, false)));
        }
        Scene scene = new Scene(cards, 900, 300);
        scene.getStylesheets().add(GaugeCardTest.class.getResource("/jp/nintei/css/theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyValueFitsInsideItsRing(FxRobot robot) {
        for (int i = 0; i < 4; i++) {
            Label value = robot.lookup("#gauge-g" + i + " .gauge-value").query();
            double inner = GaugeCard.INNER;
            double width = value.getBoundsInParent().getWidth();
            assertTrue(width <= inner, value.getText() + " is " + width + " px wide; the ring has " + inner);
        }
    }
}
