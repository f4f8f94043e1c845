package jp.nintei.ui;

import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A part of a view that most windows never show (the first run's welcome), built the first time it is to be shown,
 * into an empty pane of the view that holds its place. Built at once and hidden, its controls were still styled and
 * laid out in the window's first frame: the welcome took 40–50 ms of it on every start of a logbook with data.
 */
public final class BuiltWhenShown {

    private BuiltWhenShown() {
    }

    /** {@code slot} shows while {@code shown} holds; the first time it does, {@code part} is built into it. */
    public static void into(Pane slot, ObservableBooleanValue shown, Supplier<Node> part) {
        slot.visibleProperty().bind(shown);
        slot.managedProperty().bind(shown);
        InvalidationListener[] build = new InvalidationListener[1];
        build[0] = obs -> {
            if (shown.get()) {
                shown.removeListener(build[0]);
                slot.getChildren().setAll(part.get());
            }
        };
        shown.addListener(build[0]);
        build[0].invalidated(shown);
    }
}
