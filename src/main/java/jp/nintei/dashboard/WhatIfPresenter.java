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

/**
 * The dashboard's "What if…" card: replies, reviews, earnings and an open job closing, tried as if they happened now.
 * Its state (every gauge and the next review with the changes made) is measured off the FX thread; nothing is
 * written, and Clear returns to the real numbers.
 */
public final class WhatIfPresenter {

    public final javafx.beans.property.IntegerProperty whatIfOnTime = new javafx.beans.property.SimpleIntegerProperty();
    public final javafx.beans.property.IntegerProperty whatIfLate = new javafx.beans.property.SimpleIntegerProperty();
    public final javafx.beans.property.IntegerProperty whatIfReviews = new javafx.beans.property.SimpleIntegerProperty();
    public final ObjectProperty<jp.nintei.domain.ReviewRating> whatIfRating =
            new SimpleObjectProperty<>(jp.nintei.domain.ReviewRating.STARS_5);
    public final javafx.beans.property.LongProperty whatIfYen = new javafx.beans.property.SimpleLongProperty();
    public final ObjectProperty<jp.nintei.domain.Job> whatIfJob = new SimpleObjectProperty<>();
    /** {@code true}: the chosen open job is cancelled; {@code false}: it is completed. */
    public final javafx.beans.property.BooleanProperty whatIfCancel = new javafx.beans.property.SimpleBooleanProperty(true);
    private final ObservableList<jp.nintei.domain.Job> openJobs = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper trying = new ReadOnlyBooleanWrapper();
    /** The state with the what-if made; null while nothing is tried. */
    private final ObjectProperty<Measurement> tried = new SimpleObjectProperty<>();
    private long whatIfRequests;
    private final LogbookSession session;

    public WhatIfPresenter(LogbookSession session) {
        this.session = session;
        session.stateProperty().addListener(obs -> {
            if (trying.get()) {
                tryWhatIf(); // the logbook changed under the what-if: try it again on the new numbers
            }
        });
        for (javafx.beans.Observable field : List.<javafx.beans.Observable>of(whatIfOnTime, whatIfLate, whatIfReviews,
                whatIfRating, whatIfYen, whatIfJob, whatIfCancel)) {
            field.addListener(obs -> tryWhatIf());
        }
    }

    /** The state with the what-if made, or null while nothing is tried. */
    public javafx.beans.property.ReadOnlyObjectProperty<Measurement> triedProperty() {
        return tried;
    }

    /** The what-if as the fields say it. */
    public jp.nintei.domain.WhatIf whatIf() {
        jp.nintei.domain.Job job = whatIfJob.get();
        return new jp.nintei.domain.WhatIf(whatIfOnTime.get(), whatIfLate.get(),
                whatIfReviews.get() == 0 ? java.util.Map.of() : java.util.Map.of(whatIfRating.get(), whatIfReviews.get()),
                job != null && !whatIfCancel.get() ? List.of(job) : List.of(),
                job != null && whatIfCancel.get() ? List.of(job) : List.of(), whatIfYen.get());
    }

    /** True while the gauges show a what-if, not the logbook. */
    public ReadOnlyBooleanProperty tryingProperty() {
        return trying.getReadOnlyProperty();
    }

    public ObservableList<jp.nintei.domain.Job> openJobs() {
        return openJobs;
    }

    /** Measures the what-if off the FX thread; the gauges and the next review then show it. */
    private void tryWhatIf() {
        jp.nintei.domain.WhatIf w = whatIf();
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
        whatIfYen.set(jp.nintei.domain.Values.parseYen(text.strip()).orElse(0L));
    }

    /** Clear: back to the real numbers. */
    public void clearWhatIf() {
        whatIfOnTime.set(0);
        whatIfLate.set(0);
        whatIfReviews.set(0);
        whatIfYen.set(0);
        whatIfJob.set(null);
        tryWhatIf();
    }

    /** An open job as the what-if list names it: its title, client and order date, so two alike read apart. */
    public String jobLabel(jp.nintei.domain.Job job) {
        return session.l10n().text("whatif.jobLabel", job.title(), job.client().isEmpty() ? "—" : job.client(),
                job.orderedOn().format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")));
    }

    /** Reads the open jobs a what-if can complete or cancel. */
    public void loadOpenJobs() {
        session.read(jp.nintei.app.Workspace::openJobs, openJobs::setAll);
    }

}
