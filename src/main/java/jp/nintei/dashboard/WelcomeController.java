package jp.nintei.dashboard;

import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import jp.nintei.ui.Converters;

/** Binds the first run's welcome: which program to measure by (with a sentence on the one chosen), and sample data. */
public final class WelcomeController {

    private final DashboardPresenter presenter;

    @FXML private ChoiceBox<String> welcomeProfile;
    @FXML private Label welcomeProfileAbout;

    public WelcomeController(DashboardPresenter presenter) {
        this.presenter = presenter;
    }

    @FXML
    private void initialize() {
        ProgramChoice program = presenter.programChoice();
        welcomeProfile.setConverter(Converters.showing(id -> program.choices().getOrDefault(id, id)));
        welcomeProfile.getItems().setAll(program.choices().keySet());
        welcomeProfile.setValue(program.chosen());
        welcomeProfileAbout.setText(program.about(program.chosen()));
        welcomeProfile.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                welcomeProfileAbout.setText(program.about(now));
                program.choose(now);
            }
        });
        presenter.programProperty().addListener(obs -> {
            welcomeProfile.getItems().setAll(program.choices().keySet());
            welcomeProfile.setValue(program.chosen());
        });
    }

    @FXML private void openDemo() {
        presenter.openDemo();
    }
}
