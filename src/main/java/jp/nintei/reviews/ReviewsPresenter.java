package jp.nintei.reviews;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import jp.nintei.ui.Dialogs;
import jp.nintei.ui.EditorPresenter;
import jp.nintei.ui.Form;
import jp.nintei.ui.LogbookSession;
import jp.nintei.domain.TimeFormats;
import jp.nintei.domain.Values;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewColumn;
import jp.nintei.domain.ReviewRating;
import jp.nintei.domain.RecordKind;

/** The Reviews screen: client reviews, in stars or Lancers' 満足 / 残念. */
public final class ReviewsPresenter extends EditorPresenter<Review> {

    public final Form.Field client;
    public final Form.Field ratedOn;
    public final Form.Field comment;
    public final ObjectProperty<ReviewRating> rating = new SimpleObjectProperty<>(ReviewRating.STARS_5);

    public ReviewsPresenter(LogbookSession session, Dialogs dialogs) {
        super(session, dialogs, RecordKind.REVIEWS);
        client = form.field(ReviewColumn.CLIENT, v -> Form.Problem.check(() -> Values.text("client", v)));
        ratedOn = form.field(ReviewColumn.RATED_ON, v -> Form.Problem.check(() -> TimeFormats.date("rated_on", v)));
        comment = form.field(ReviewColumn.COMMENT, v -> Form.Problem.check(() -> Values.text("comment", v)));
        form.watch(rating);
        newRow();
    }

    private static LocalDate date(String v) {
        return TimeFormats.parseDate(v).orElse(null);
    }

    /** The star control moved: a star rating of {@code stars} (1..5). */
    public void setStars(int stars) {
        rating.set(ReviewRating.ofStars(Math.max(1, Math.min(5, stars))));
    }

    @Override
    protected void load(Review r) {
        client.textProperty().set(r.client());
        ratedOn.textProperty().set(r.ratedOn().toString());
        rating.set(r.rating());
        comment.textProperty().set(r.comment());
    }

    @Override
    protected void clear() {
        client.textProperty().set("");
        ratedOn.textProperty().set(session.now().toLocalDate().toString());
        rating.set(ReviewRating.STARS_5);
        comment.textProperty().set("");
    }

    @Override
    protected Review build(long id) {
        return new Review(id, client.text(), date(ratedOn.text()), rating.get(), comment.text());
    }


    @Override
    protected String describe(Review r) {
        return (r.client().isEmpty() ? "" : r.client() + " ") + r.ratedOn();
    }
}
