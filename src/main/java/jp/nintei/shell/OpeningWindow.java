package jp.nintei.shell;

import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
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

    /**
     * The theme's background and text ({@code -color-bg-default}, {@code -color-fg-default} of AtlantaFX's Primer
     * Light and Dark; OpeningWindowColoursTest compares them with the theme's own): the opening window is drawn without a
     * stylesheet, so that its first frame waits for no CSS (the theme's 165 KB and JavaFX's styling code, 60-70 ms).
     */
    static final Color LIGHT_BACKGROUND = Color.web("#ffffff");
    static final Color LIGHT_TEXT = Color.web("#24292f");
    static final Color DARK_BACKGROUND = Color.web("#0d1117");
    static final Color DARK_TEXT = Color.web("#c9d1d9");
    private static final double FONT_SIZE = 14;

    private OpeningWindow() {
    }

    static void show(Stage stage, Localization l10n, Theme theme, Preferences preferences) {
        boolean dark = theme.dark(Platform.getPreferences().getColorScheme() == ColorScheme.DARK);
        StackPane spinnerPlace = new StackPane(); // kept empty, in its place, while the opening is quick
        spinnerPlace.setMinSize(SPINNER, SPINNER);
        spinnerPlace.setMaxSize(SPINNER, SPINNER);
        Text text = new Text(l10n.text("startup.opening"));
        text.setId(ID);
        text.setFont(Font.font(Fonts.japaneseFamily().orElse(Font.getDefault().getFamily()), FONT_SIZE));
        text.setFill(dark ? DARK_TEXT : LIGHT_TEXT);
        VBox root = new VBox(16, spinnerPlace, text);
        root.setAlignment(Pos.CENTER);
        root.setBackground(Background.fill(dark ? DARK_BACKGROUND : LIGHT_BACKGROUND));
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
                Themes.apply(theme); // the spinner is the window's first control
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setMaxSize(SPINNER, SPINNER);
                spinnerPlace.getChildren().add(spinner);
            }
        });
        slow.play();
    }
}
