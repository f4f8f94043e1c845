package jp.nintei.shell;

import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.animation.PauseTransition;
import javafx.stage.Stage;
import jp.nintei.ui.Fonts;
import jp.nintei.ui.Localization;
import jp.nintei.ui.Theme;

/**
 * The window's first frame: where the app will be, in its theme, saying that the logbook is being opened — shown at
 * once, while the logbook is opened on a thread of its own (its page and value check waits until after the gauges;
 * a logbook of an older schema is checked and upgraded first, seconds on a big one). {@link AppWindow} then fills the same window.
 */
final class OpeningWindow {

    /** The id of the sentence, for tests that look for the opening window. */
    static final String ID = "opening";

    /** How long the opening may take before a spinner says it goes on. */
    static final Duration SPINNER_AFTER = Duration.millis(600);
    private static final double SPINNER = 40;

    private OpeningWindow() {
    }

    static void show(Stage stage, Localization l10n, Theme theme, Preferences preferences) {
        Application.setUserAgentStylesheet(Themes.stylesheet(theme,
                Platform.getPreferences().getColorScheme() == ColorScheme.DARK));
        StackPane spinnerPlace = new StackPane(); // kept empty, in its place, while the opening is quick
        spinnerPlace.setMinSize(SPINNER, SPINNER);
        spinnerPlace.setMaxSize(SPINNER, SPINNER);
        Label text = new Label(l10n.text("startup.opening"));
        text.setId(ID);
        VBox root = new VBox(16, spinnerPlace, text);
        root.setAlignment(Pos.CENTER);
        Fonts.japaneseFamily().ifPresent(family -> root.setStyle("-fx-font-family: '" + family + "';"));
        stage.titleProperty().unbind(); // the window of an earlier opening named itself by a binding
        stage.setTitle(l10n.text("app.title"));
        AppWindow.addIcons(stage);
        WindowBounds.restore(stage, preferences);
        Scene scene = new Scene(root);
        stage.setScene(scene);
        stage.show();
        // A spinner turns only where the opening takes a while (an upgrade, a check): its animation is a frame to lay
        // out and draw every 16 ms, on the FX thread and the renderer's, while a quick start builds the window
        PauseTransition slow = new PauseTransition(SPINNER_AFTER);
        slow.setOnFinished(e -> {
            if (stage.getScene() == scene) {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setMaxSize(SPINNER, SPINNER);
                spinnerPlace.getChildren().add(spinner);
            }
        });
        slow.play();
    }
}
