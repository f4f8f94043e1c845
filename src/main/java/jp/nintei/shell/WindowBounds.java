package jp.nintei.shell;

import jp.nintei.ui.*;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's place and size, and puts it back only where a screen still shows it. */
final class WindowBounds {

    private WindowBounds() {
    }

    static void restore(Stage stage, Preferences preferences) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // never larger than the screen: on a 1024×640 display the whole window, and its status bar, shows
        stage.setMinWidth(Math.min(900, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        var saved = preferences.bounds();
        if (saved.isEmpty()) {
            stage.setWidth(Math.min(1280, screen.getWidth()));
            stage.setHeight(Math.min(820, screen.getHeight()));
            stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2);
            return;
        }
        Preferences.Bounds b = saved.get();
        var shown = Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height()));
        Rectangle2D on = shown.isEmpty() ? screen : shown.get(0).getVisualBounds();
        stage.setWidth(Math.min(b.width(), on.getWidth()));
        stage.setHeight(Math.min(b.height(), on.getHeight()));
        if (!shown.isEmpty()) {
            stage.setX(Math.max(on.getMinX(), Math.min(b.x(), on.getMaxX() - stage.getWidth())));
            stage.setY(Math.max(on.getMinY(), Math.min(b.y(), on.getMaxY() - stage.getHeight())));
        }
        stage.setMaximized(b.maximized());
    }

    static void save(Stage stage, Preferences preferences) {
        preferences.saveBounds(new Preferences.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
    }
}
