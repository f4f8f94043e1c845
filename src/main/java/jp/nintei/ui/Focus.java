package jp.nintei.ui;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.beans.value.ObservableValue;

/** Puts the cursor in a field, also one not yet in the window (a scroll pane adds its content at the first layout). */
public final class Focus {

    private Focus() {
    }

    public static void request(Node field) {
        if (field.getScene() != null) {
            field.requestFocus();
            return;
        }
        field.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                if (now != null) {
                    field.sceneProperty().removeListener(this);
                    field.requestFocus();
                }
            }
        });
    }
}
