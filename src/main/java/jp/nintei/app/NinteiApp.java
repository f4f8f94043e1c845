package jp.nintei.app;

import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import jp.nintei.store.LogbookLocation;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.StoreException;

/** The desktop app: opens the logbook, then hands the window to {@link AppWindow}. */
public final class NinteiApp extends Application {

    private static String dbOption;
    private AppWindow window;

    static void start(String db) {
        dbOption = db;
        Application.launch(NinteiApp.class);
    }

    @Override
    public void start(Stage stage) {
        Preferences preferences = new Preferences("/jp/nintei");
        Localization l10n = new Localization(preferences.language().orElse(Localization.defaultFor(Locale.getDefault())));
        LogbookStore store;
        try {
            store = LogbookStore.open(LogbookLocation.resolve(dbOption, System.getenv()));
        } catch (StoreException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.CLOSE);
            alert.setHeaderText(null);
            alert.setTitle("Nintei");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        window = AppWindow.open(stage, store, new FxTaskRunner(), Clock.systemDefaultZone(), l10n, preferences);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
