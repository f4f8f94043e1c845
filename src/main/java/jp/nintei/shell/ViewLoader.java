package jp.nintei.shell;

import jp.nintei.ui.*;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * The one FXML loader of the app. Controllers come from a registry filled by the composition root; asking for a
 * controller that is not registered fails loudly rather than calling a no-argument constructor.
 */
public final class ViewLoader {

    private final Map<Class<?>, Supplier<Object>> controllers;

    public ViewLoader(Map<Class<?>, Supplier<Object>> controllers) {
        this.controllers = Map.copyOf(controllers);
    }

    /** Loads {@code fxml} (a resource path such as {@code /jp/nintei/shell/main.fxml}) with the strings of {@code bundle}. */
    public Parent load(String fxml, ResourceBundle bundle) {
        URL url = ViewLoader.class.getResource(fxml);
        if (url == null) {
            throw new IllegalStateException("No view " + fxml);
        }
        FXMLLoader loader = new FXMLLoader(url, bundle);
        loader.setControllerFactory(type -> {
            Supplier<Object> supplier = controllers.get(type);
            if (supplier == null) {
                throw new IllegalStateException("No controller registered for " + type.getName());
            }
            return supplier.get();
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
