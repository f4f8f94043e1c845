package jp.nintei.dashboard;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import jp.nintei.domain.Reconciliation.Figure;

/** Binds "Compare with Lancers…" to its presenter: the typed figures, and one line per figure compared. */
public final class ReconcileController {

    private final ReconcilePresenter reconcile;

    @FXML private TextField reconcileReplyRate;
    @FXML private TextField reconcileCompletion;
    @FXML private TextField reconcileRating;
    @FXML private TextField reconcileSatisfaction;
    @FXML private Label reconcileProblem;
    @FXML private VBox reconcileLines;

    public ReconcileController(ReconcilePresenter reconcile) {
        this.reconcile = reconcile;
    }

    @FXML
    private void initialize() {
        reconcileReplyRate.textProperty().bindBidirectional(reconcile.typed.get(Figure.REPLY_RATE));
        reconcileCompletion.textProperty().bindBidirectional(reconcile.typed.get(Figure.COMPLETION));
        reconcileRating.textProperty().bindBidirectional(reconcile.typed.get(Figure.RATING));
        reconcileSatisfaction.textProperty().bindBidirectional(reconcile.typed.get(Figure.SATISFACTION));
        reconcileProblem.textProperty().bind(reconcile.problemProperty());
        reconcileProblem.managedProperty().bind(reconcile.problemProperty().isNotEmpty());
        Runnable show = () -> reconcileLines.getChildren().setAll(reconcile.lines().stream().map(line -> {
            Label label = new Label(line);
            label.setWrapText(true);
            return label;
        }).toList());
        reconcile.lines().addListener((ListChangeListener<String>) c -> show.run());
        show.run();
    }

    @FXML private void reconcile() {
        reconcile.compare();
    }
}
