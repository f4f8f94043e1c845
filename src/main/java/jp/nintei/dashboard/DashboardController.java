package jp.nintei.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.nintei.ui.AfterPaint;
import jp.nintei.ui.BuiltWhenShown;
import jp.nintei.ui.CardFlow;
import jp.nintei.ui.Styles;

/**
 * Binds the dashboard view to its presenter: the header and the gauges; the rest of the dashboard ({@link #PARTS})
 * comes once the gauges are on the screen, and the first run's welcome the first time it is shown.
 */
public final class DashboardController {

    /**
     * The parts of the dashboard built after the first frame that shows the measured gauges: the replies due and the
     * quick log, the what-if card, the comparison with the platform and the history chart (most of the dashboard's
     * controls, and of the window's first CSS pass: the replies' list alone took 50 ms of it on a big logbook).
     */
    public static final List<String> PARTS = List.of("/jp/nintei/dashboard/pending.fxml",
            "/jp/nintei/dashboard/whatif.fxml",
            "/jp/nintei/dashboard/reconcile.fxml", "/jp/nintei/dashboard/history.fxml");

    /** The first run's welcome, built into {@link #welcomePane} the first time it is shown. */
    static final String WELCOME = "/jp/nintei/dashboard/welcome.fxml";

    private final DashboardPresenter presenter;

    @FXML private ResourceBundle resources;
    @FXML private Label asOfLabel;
    @FXML private Label programLabel;
    @FXML private Label nextReviewLabel;
    @FXML private HBox whatIfTop;
    @FXML private VBox fallsBox;
    @FXML private Label overallLabel;
    @FXML private CardFlow gaugeBox;
    @FXML private VBox welcomePane;
    /** Where {@link #PARTS} go once the gauges are on the screen. */
    @FXML private VBox later;
    @FXML private HBox demoPane;
    /** Loads a part's view (its controller from the window's registry). */
    private final Function<String, Node> parts;
    /** The cards shown, by requirement. */
    private Map<String, GaugeCard> shownCards = new HashMap<>();

    public DashboardController(DashboardPresenter presenter, Function<String, Node> parts) {
        this.presenter = presenter;
        this.parts = parts;
    }

    @FXML
    private void initialize() {
        asOfLabel.textProperty().bind(presenter.headerProperty());
        programLabel.textProperty().bind(presenter.programProperty());
        nextReviewLabel.textProperty().bind(presenter.nextReviewProperty());
        nextReviewLabel.visibleProperty().bind(presenter.nextReviewProperty().isNotEmpty());
        nextReviewLabel.managedProperty().bind(nextReviewLabel.visibleProperty());
        showFalls();
        presenter.falls().addListener((ListChangeListener<String>) c -> showFalls());
        whatIfTop.visibleProperty().bind(presenter.whatIf().tryingProperty());
        whatIfTop.managedProperty().bind(whatIfTop.visibleProperty());
        overallLabel.textProperty().bind(presenter.overallProperty());
        presenter.allMetProperty().addListener((obs, old, now) -> Styles.toggle(overallLabel, Styles.MET, now));
        Styles.toggle(overallLabel, Styles.MET, presenter.allMetProperty().get());
        showGauges();
        presenter.gauges().addListener((ListChangeListener<Gauge>) c -> showGauges());
        BuiltWhenShown.into(welcomePane, presenter.welcomeProperty(), () -> parts.apply(WELCOME));
        demoPane.visibleProperty().bind(presenter.demoProperty());
        demoPane.managedProperty().bind(demoPane.visibleProperty());
        AfterPaint.when(gaugeBox, presenter.answeredProperty(),
                () -> later.getChildren().setAll(PARTS.stream().map(parts).toList()));
    }

    private void showFalls() {
        fallsBox.getChildren().setAll(presenter.falls().stream().map(text -> {
            Label warning = new Label(text);
            warning.getStyleClass().add("fall-warning");
            warning.setWrapText(true);
            return warning;
        }).toList());
    }

    /**
     * One card per requirement, made once and updated in place (its focus, its layout kept): a measure that changed
     * one number changes that card's label; one that changed nothing changes nothing. The cards are placed again only
     * when the profile's requirements change.
     */
    private void showGauges() {
        Map<String, GaugeCard> before = shownCards;
        shownCards = new HashMap<>();
        for (Gauge g : presenter.gauges()) {
            GaugeCard card = before.get(g.requirement());
            if (card == null) {
                card = new GaugeCard(g, resources.getString("gauge.openSettings"), presenter::openSettings);
            } else {
                card.show(g);
            }
            shownCards.put(g.requirement(), card);
        }
        List<GaugeCard> cards = presenter.gauges().stream().map(g -> shownCards.get(g.requirement())).toList();
        if (!gaugeBox.getChildren().equals(cards)) {
            gaugeBox.getChildren().setAll(cards);
        }
    }

    @FXML private void clearWhatIf() {
        presenter.whatIf().clearWhatIf();
    }

    @FXML private void leaveDemo() {
        presenter.leaveDemo();
    }
}
