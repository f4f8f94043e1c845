package jp.nintei.bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The floor for the window's start: a bare JavaFX window (a Label, a Button, a TableView) started the same way as
 * {@link AppProbe} — the same JVM, class path and display — printing the time from JVM start to its first frame,
 * then quitting. Run them one after the other: {@code xvfb-run -a java -cp … jp.nintei.bench.BareWindow}.
 */
public final class BareWindow {

    private static final long JVM_START = ManagementFactory.getRuntimeMXBean().getStartTime();

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class);
    }

    /** The bare application. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new VBox(8, new Label("Nintei"), new Button("OK"), new TableView<String>()),
                    800, 600));
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    System.out.printf("bare window: first frame %d ms after JVM start%n",
                            System.currentTimeMillis() - JVM_START);
                    stop();
                    Platform.exit();
                }
            }.start();
        }
    }
}
