package jp.nintei.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop app. */
public final class NinteiApp extends Application {

    private static String dbOption;

    static void start(String db) {
        dbOption = db;
        Application.launch(NinteiApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Nintei");
        stage.setScene(new Scene(new StackPane(new Label("Nintei — 認定")), 960, 640));
        stage.show();
    }
}
