package jp.nintei.reviews;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import java.util.Map;
import jp.nintei.ui.FormBinder;
import jp.nintei.ui.FittedColumns;
import jp.nintei.ui.PagedTable;
import jp.nintei.domain.ReviewColumn;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewRating;
import org.controlsfx.control.Rating;
import java.util.Arrays;
import jp.nintei.ui.Focus;

/** Binds the reviews table and form (stars, or 満足 / 残念) to the presenter. */
public final class ReviewsController {

    private final ReviewsPresenter presenter;

    @FXML private ResourceBundle resources;
    @FXML private TextField reviewsSearch;
    @FXML private TableView<Review> reviewsTable;
    @FXML private TableColumn<Review, String> clientColumn;
    @FXML private TableColumn<Review, String> ratedColumn;
    @FXML private TableColumn<Review, String> ratingColumn;
    @FXML private TableColumn<Review, String> commentColumn;
    @FXML private Label formTitle;
    @FXML private TextField reviewClientField;
    @FXML private TextField ratedField;
    @FXML private TextField commentField;
    @FXML private Label clientError;
    @FXML private Label ratedError;
    @FXML private Label commentError;
    @FXML private ToggleGroup kind;
    @FXML private RadioButton starsRadio;
    @FXML private RadioButton satisfiedRadio;
    @FXML private RadioButton unsatisfiedRadio;
    @FXML private Rating stars;
    @FXML private Button reviewSaveButton;
    @FXML private Button reviewDeleteButton;

    public ReviewsController(ReviewsPresenter presenter) {
        this.presenter = presenter;
    }

    @FXML
    private void initialize() {
        PagedTable.column(clientColumn, r -> r.client());
        FittedColumns.fit(ratedColumn, r -> presenter.showDay(r.ratedOn()), presenter.widestDay());
        FittedColumns.fit(ratingColumn, r -> ratingText(r.rating()), Arrays.stream(
                ReviewRating.values()).map(this::ratingText).toArray(String[]::new));
        PagedTable.column(commentColumn, r -> r.comment());
        PagedTable.bind(reviewsTable, presenter, Map.of(clientColumn, ReviewColumn.CLIENT,
                ratedColumn, ReviewColumn.RATED_ON, ratingColumn, ReviewColumn.RATING, commentColumn, ReviewColumn.COMMENT),
                reviewsSearch);

        FormBinder binder = new FormBinder(presenter.form());
        binder.bind(reviewClientField, presenter.client, clientError);
        presenter.typingRequestsProperty().addListener(obs -> Focus.request(reviewClientField));
        binder.bind(ratedField, presenter.ratedOn, ratedError);
        binder.bind(commentField, presenter.comment, commentError);
        showRating(presenter.rating.get());
        presenter.rating.addListener((obs, old, now) -> showRating(now));
        stars.ratingProperty().addListener((obs, old, now) -> {
            if (starsRadio.isSelected()) {
                presenter.setStars((int) Math.round(now.doubleValue()));
            }
        });
        kind.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == satisfiedRadio) {
                presenter.rating.set(ReviewRating.SATISFIED);
            } else if (now == unsatisfiedRadio) {
                presenter.rating.set(ReviewRating.UNSATISFIED);
            } else if (now == starsRadio) {
                presenter.setStars((int) Math.round(stars.getRating()));
            }
        });
        stars.disableProperty().bind(starsRadio.selectedProperty().not());
        reviewSaveButton.disableProperty().bind(presenter.form().validProperty().not());
        reviewDeleteButton.disableProperty().bind(presenter.editingProperty().isNull());
        formTitle.textProperty().bind(Bindings.when(presenter.editingProperty().isNull())
                .then(resources.getString("form.newRecord")).otherwise(resources.getString("form.editRecord")));
    }

    private void showRating(ReviewRating rating) {
        if (rating.stars().isPresent()) {
            starsRadio.setSelected(true);
            stars.setRating(rating.stars().getAsInt());
        } else {
            (rating == ReviewRating.SATISFIED ? satisfiedRadio : unsatisfiedRadio).setSelected(true);
        }
    }

    private String ratingText(ReviewRating rating) {
        return rating.stars().isPresent() ? "★".repeat(rating.stars().getAsInt())
                : resources.getString("rating." + rating.code());
    }

    @FXML private void newReview() {
        reviewsTable.getSelectionModel().clearSelection();
        presenter.startNew();
        reviewClientField.requestFocus();
    }

    @FXML private void save() {
        if (presenter.save()) {
            reviewsTable.getSelectionModel().clearSelection();
        }
    }

    @FXML private void delete() {
        presenter.delete(presenter.editingProperty().get());
    }
}
