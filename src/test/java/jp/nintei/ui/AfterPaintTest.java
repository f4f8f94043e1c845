package jp.nintei.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard builds its lower half after the frame that shows the measured gauges (issue 18, item 4): the work
 * waits for its signal, then for a layout of what the signal changed, and what it adds is laid out in the next frame.
 */
@ExtendWith(ApplicationExtension.class)
class AfterPaintTest {

    private Label gauges;
    private VBox root;
    private final BooleanProperty answered = new SimpleBooleanProperty();
    private final AtomicInteger pulses = new AtomicInteger();

    @Start
    void start(Stage stage) {
        gauges = new Label("…");
        root = new VBox(gauges);
        Scene scene = new Scene(root, 400, 200);
        scene.addPostLayoutPulseListener(pulses::incrementAndGet);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void waitsForItsSignalThenForTheFrameThatShowsIt(FxRobot robot) throws Exception {
        List<Double> widthSeen = new CopyOnWriteArrayList<>();
        Label rest = new Label("the chart"); // the toolkit is up: a node may be made off its thread
        robot.interact(() -> AfterPaint.when(gauges, answered, () -> {
            widthSeen.add(gauges.getWidth());
            root.getChildren().add(rest);
        }));
        int before = pulses.get();
        robot.interact(() -> gauges.setText("…!")); // something to lay out: frames come, the signal does not
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pulses.get() >= before + 1);
        robot.interact(Platform::requestNextPulse);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pulses.get() >= before + 2);
        assertTrue(widthSeen.isEmpty(), "nothing is built before the first measure is answered");
        double placeholderWidth = gauges.getWidth();

        robot.interact(() -> {
            gauges.setText("Reply rate 88.2 % · Completion 95.0 % · Rating 4.9");
            answered.set(true);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !widthSeen.isEmpty());
        assertTrue(widthSeen.get(0) > placeholderWidth + 100, "the measured numbers were laid out (the frame that "
                + "shows them) before the rest was built: " + widthSeen.get(0) + " against " + placeholderWidth);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rest.getWidth() > 0);
        assertEquals(1, widthSeen.size(), "built once");
    }
}
