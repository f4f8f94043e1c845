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
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        var saved = preferences.bounds();
        if (saved.isEmpty()) {
            stage.setWidth(1280);
            stage.setHeight(820);
            return;
        }
        Preferences.Bounds b = saved.get();
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        boolean visible = !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height())).isEmpty();
        if (visible) {
            stage.setX(b.x());
            stage.setY(b.y());
        }
        stage.setMaximized(b.maximized());
    }

    static void save(Stage stage, Preferences preferences) {
        preferences.saveBounds(new Preferences.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
    }
}
