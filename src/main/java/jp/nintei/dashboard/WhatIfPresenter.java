package jp.nintei.dashboard;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.nintei.ui.LogbookSession;
import jp.nintei.app.Measurement;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.nintei.app.Workspace;
import jp.nintei.domain.Job;
import jp.nintei.domain.ReviewRating;
import jp.nintei.domain.Values;
import jp.nintei.domain.WhatIf;

/**
 * The dashboard's "What if…" card: replies, reviews, earnings and an open job closing, tried as if they happened now.
 * Its state (every gauge and the next review with the changes made) is measured off the FX thread; nothing is
 * written, and Clear returns to the real numbers.
 */
public final class WhatIfPresenter {

    public final IntegerProperty whatIfOnTime = new SimpleIntegerProperty();
    public final IntegerProperty whatIfLate = new SimpleIntegerProperty();
    public final IntegerProperty whatIfReviews = new SimpleIntegerProperty();
    public final ObjectProperty<ReviewRating> whatIfRating =
            new SimpleObjectProperty<>(ReviewRating.STARS_5);
    public final LongProperty whatIfYen = new SimpleLongProperty();
    /** The yen field as typed: Clear empties it, wherever Clear was pressed. */
    public final StringProperty whatIfYenText = new SimpleStringProperty("");
    public final ObjectProperty<Job> whatIfJob = new SimpleObjectProperty<>();
    /** {@code true}: the chosen open job is cancelled; {@code false}: it is completed. */
    public final BooleanProperty whatIfCancel = new SimpleBooleanProperty(true);
    private final ObservableList<Job> openJobs = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper trying = new ReadOnlyBooleanWrapper();
    /** The state with the what-if made; null while nothing is tried. */
    private final ObjectProperty<Measurement> tried = new SimpleObjectProperty<>();
    private long whatIfRequests;
    private final LogbookSession session;

    public WhatIfPresenter(LogbookSession session) {
        this.session = session;
        session.shown().stateProperty().addListener(obs -> {
            if (trying.get()) {
                tryWhatIf(); // the logbook changed under the what-if: try it again on the new numbers
            }
        });
        for (Observable field : List.<Observable>of(whatIfOnTime, whatIfLate, whatIfReviews,
                whatIfRating, whatIfYen, whatIfJob, whatIfCancel)) {
            field.addListener(obs -> tryWhatIf());
        }
        whatIfYenText.addListener((obs, old, now) -> whatIfYenTyped(now));
    }

    /** The state with the what-if made, or null while nothing is tried. */
    public ReadOnlyObjectProperty<Measurement> triedProperty() {
        return tried;
    }

    /** The what-if as the fields say it. */
    public WhatIf whatIf() {
        Job job = whatIfJob.get();
        return new WhatIf(whatIfOnTime.get(), whatIfLate.get(),
                whatIfReviews.get() == 0 ? Map.of() : Map.of(whatIfRating.get(), whatIfReviews.get()),
                job != null && !whatIfCancel.get() ? List.of(job) : List.of(),
                job != null && whatIfCancel.get() ? List.of(job) : List.of(), whatIfYen.get());
    }

    /** True while the gauges show a what-if, not the logbook. */
    public ReadOnlyBooleanProperty tryingProperty() {
        return trying.getReadOnlyProperty();
    }

    public ObservableList<Job> openJobs() {
        return openJobs;
    }

    /** Measures the what-if off the FX thread; the gauges and the next review then show it. */
    private void tryWhatIf() {
        WhatIf w = whatIf();
        long request = ++whatIfRequests;
        if (w.isNothing()) {
            trying.set(false);
            tried.set(null);
            return;
        }
        session.read(workspace -> workspace.measure(w), state -> {
            if (request == whatIfRequests) {
                trying.set(true);
                tried.set(state);
            }
        });
    }

    /** The yen field as typed ("30000", "¥30,000"); anything else counts as none. */
    public void whatIfYenTyped(String text) {
        whatIfYen.set(Values.parseYen(text.strip()).orElse(0L));
    }

    /** Clear: back to the real numbers. */
    public void clearWhatIf() {
        whatIfOnTime.set(0);
        whatIfLate.set(0);
        whatIfReviews.set(0);
        whatIfYenText.set("");
        whatIfYen.set(0);
        whatIfJob.set(null);
        tryWhatIf();
    }

    /** An open job as the what-if list names it: its title, client and order date, so two alike read apart. */
    public String jobLabel(Job job) {
        return session.l10n().text("whatif.jobLabel", job.title(), job.client().isEmpty() ? "—" : job.client(),
                job.orderedOn().format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
    }

    /** Reads the open jobs a what-if can complete or cancel. */
    public void loadOpenJobs() {
        session.read(Workspace::openJobs, openJobs::setAll);
    }

}
