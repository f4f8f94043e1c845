package jp.nintei.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import jp.nintei.domain.Job;
import jp.nintei.domain.ReviewRating;
import jp.nintei.ui.Converters;

/** Binds the dashboard's "What if…" card to its presenter: the fields drive it; nothing here is written to the logbook. */
public final class WhatIfController {

    private final WhatIfPresenter presenter;
    /** Bidirectional bindings hold their ends weakly: the adapters of the primitive properties are kept here. */
    private final List<Object> adapters = new ArrayList<>();

    @FXML private ResourceBundle resources;
    @FXML private Label whatIfBanner;
    @FXML private Button whatIfClear;
    @FXML private Spinner<Integer> whatIfOnTime;
    @FXML private Spinner<Integer> whatIfLate;
    @FXML private Spinner<Integer> whatIfReviews;
    @FXML private ChoiceBox<ReviewRating> whatIfRating;
    @FXML private TextField whatIfYen;
    /** A list that virtualizes its rows: a ChoiceBox made a menu item of each of 191 open jobs, 2.3 s of the FX thread. */
    @FXML private ComboBox<Job> whatIfJob;
    @FXML private ChoiceBox<Boolean> whatIfJobAction;

    public WhatIfController(WhatIfPresenter presenter) {
        this.presenter = presenter;
    }

    @FXML
    private void initialize() {
        spinner(whatIfOnTime, presenter.whatIfOnTime);
        spinner(whatIfLate, presenter.whatIfLate);
        spinner(whatIfReviews, presenter.whatIfReviews);
        whatIfRating.getItems().setAll(ReviewRating.values());
        whatIfRating.setConverter(Converters.showing(r -> r.stars().isPresent() ? "★" + r.stars().getAsInt()
                : resources.getString("rating." + (r == ReviewRating.SATISFIED ? "satisfied" : "unsatisfied"))));
        whatIfRating.valueProperty().bindBidirectional(presenter.whatIfRating);
        whatIfYen.textProperty().bindBidirectional(presenter.whatIfYenText);
        whatIfJob.setItems(presenter.openJobs());
        whatIfJob.setConverter(Converters.showing(presenter::jobLabel));
        whatIfJob.valueProperty().bindBidirectional(presenter.whatIfJob);
        whatIfJob.showingProperty().addListener((obs, was, is) -> {
            if (is) {
                presenter.loadOpenJobs();
            }
        });
        presenter.loadOpenJobs();
        whatIfJobAction.getItems().setAll(true, false);
        whatIfJobAction.setConverter(Converters.showing(
                cancel -> resources.getString(cancel ? "whatif.cancel" : "whatif.complete")));
        ObjectProperty<Boolean> cancel = presenter.whatIfCancel.asObject();
        adapters.add(cancel);
        whatIfJobAction.valueProperty().bindBidirectional(cancel);
        whatIfBanner.visibleProperty().bind(presenter.tryingProperty());
        whatIfClear.disableProperty().bind(presenter.tryingProperty().not());
    }

    private void spinner(Spinner<Integer> spinner, IntegerProperty value) {
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 999, 0));
        ObjectProperty<Integer> adapter = value.asObject();
        adapters.add(adapter);
        spinner.getValueFactory().valueProperty().bindBidirectional(adapter);
    }

    @FXML private void clearWhatIf() {
        presenter.clearWhatIf();
    }
}
