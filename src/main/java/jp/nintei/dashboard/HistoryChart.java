package jp.nintei.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.nintei.app.Measurement;
import jp.nintei.words.ProgressWords;
import jp.nintei.domain.Metric;
import jp.nintei.domain.Progress;
import jp.nintei.domain.RequirementResult;
import jp.nintei.domain.Rule;
import jp.nintei.domain.RuleProfile;
import jp.nintei.ui.LogbookSession;

/**
 * The dashboard's chart: one requirement's value each week over the last 12 months, its target, its value at the
 * next review, and the platform's own figures typed in to compare (points beside the line). It is read again after a change to the logbook (here or by another program), on a new day, for another
 * profile or requirement — not on every 30-second tick of the clock (53 measurements each time).
 */
public final class HistoryChart {

    /**
     * One point: a day, the requirement's value then (null where there was none) and whether it was met then.
     */
    public record Point(LocalDate day, BigDecimal value, boolean met) {

        static Point of(LocalDate day, Optional<RequirementResult> result) {
            return new Point(day, result.map(RequirementResult::value).orElse(null),
                    result.map(RequirementResult::met).orElse(false));
        }
    }

    /**
     * A figure the platform showed on a day, typed in to compare: {@code value} in the requirement's unit, as the
     * chart draws Nintei's own (0.785), {@code shown} as the platform shows it (78.5).
     */
    public record PlatformPoint(LocalDate day, BigDecimal value, BigDecimal shown) {
    }

    /**
     * What the points shown were read for: the same again needs no new read. The results measured now are part of it,
     * so a change made by another program (the CLI) shows too.
     */
    private record Read(String requirement, RuleProfile profile, LocalDate day, long changes,
                        List<RequirementResult> now) {
    }

    private final LogbookSession session;
    private final ObservableList<Gauge> gauges;
    private final ObjectProperty<String> requirement = new SimpleObjectProperty<>();
    private final ObservableList<Point> points = FXCollections.observableArrayList();
    private final ObservableList<PlatformPoint> platform = FXCollections.observableArrayList();
    /** The window the chosen requirement looks at, as the chart names it: "past 3 months". */
    private final ReadOnlyStringWrapper window = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Point> atReview = new SimpleObjectProperty<>();
    /** The requirement at the next review with the dashboard's what-if made; null while nothing is tried. */
    private final ObjectProperty<Point> whatIfAtReview = new SimpleObjectProperty<>();
    private final ObjectProperty<BigDecimal> target = new SimpleObjectProperty<>();
    /** How the chosen requirement's values read (a rate, yen, a rating): the axis speaks its unit. */
    private final ReadOnlyObjectWrapper<RequirementResult.Kind> kind = new ReadOnlyObjectWrapper<>();
    /** Fewer than two points with a value: nothing to draw, said in words instead. */
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    /** Answers to older requests are dropped: only the latest is shown. */
    private long requests;
    private Read shown;
    /**
     * Whether a view shows the chart ({@link #show}). Until one does nothing is read: the chart is built after the
     * gauges' first frame, and its 53 measurements, read twice before it (for the stand-in and for the first measure),
     * took the store's thread — and a core of two — from the window's first layout.
     */
    private boolean viewed;

    HistoryChart(LogbookSession session, ObservableList<Gauge> gauges, ReadOnlyObjectProperty<Measurement> whatIf) {
        this.session = session;
        this.gauges = gauges;
        requirement.addListener(obs -> refresh());
        InvalidationListener tried = obs -> whatIfAtReview.set(whatIf.get() == null || whatIf.get().next() == null
                || requirement.get() == null ? null : atNextReview(whatIf.get(), requirement.get()));
        whatIf.addListener(tried);
        requirement.addListener(tried);
    }

    private static Point atNextReview(Measurement state, String id) {
        return Point.of(state.next().at().toLocalDate(), state.next().progress().result(id));
    }

    /** The requirement the chart shows (a requirement id of the profile); the first one unless chosen. */
    public ObjectProperty<String> requirementProperty() {
        return requirement;
    }

    public ObservableList<Point> points() {
        return points;
    }

    /** The platform's own figures for the chosen requirement's metric, on the days they were typed in. */
    public ObservableList<PlatformPoint> platform() {
        return platform;
    }

    public ReadOnlyStringProperty windowProperty() {
        return window.getReadOnlyProperty();
    }

    public ObjectProperty<Point> atReviewProperty() {
        return atReview;
    }

    /** Where the what-if tried on the dashboard would put the requirement at the next review; null while none is. */
    public ReadOnlyObjectProperty<Point> whatIfAtReviewProperty() {
        return whatIfAtReview;
    }

    public ObjectProperty<BigDecimal> targetProperty() {
        return target;
    }

    public ReadOnlyObjectProperty<RequirementResult.Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** True while there is nothing to draw (fewer than two points with a value). */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** The requirement ids the chart can show, with their labels, in the profile's order. */
    public Map<String, String> choices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (Gauge g : gauges) {
            choices.put(g.requirement(), g.title());
        }
        return choices;
    }

    /** A view shows the chart from now on: its points are read now, and again whenever they could have changed. */
    public void show() {
        viewed = true;
        refresh();
    }

    /** Reads the chosen requirement's last 12 months, a point a week, off the FX thread, when it could have changed. */
    void refresh() {
        if (!viewed) {
            return;
        }
        Measurement state = session.shown().stateProperty().get();
        String id = requirement.get();
        if (id == null || state.progress().result(id).isEmpty()) {
            if (!state.progress().results().isEmpty()) {
                requirement.set(state.progress().results().get(0).requirement()); // reads it through the listener
            }
            return;
        }
        RuleProfile profile = state.progress().profile();
        kind.set(state.progress().result(id).map(RequirementResult::kind).orElse(null));
        LocalDate to = state.measuredAt().toLocalDate();
        Read read = new Read(id, profile, to, session.shown().changesProperty().get(), state.progress().results());
        window.set(new ProgressWords(session.l10n().texts(), profile).windowName(id));
        if (read.equals(shown)) {
            return;
        }
        shown = read;
        long request = ++requests;
        Metric metric = profile.rule(id).map(Rule::metric).orElse(null);
        session.read(w -> w.chart(profile, to.minusWeeks(52), to, Period.ofWeeks(1)), data -> {
            if (request != requests) {
                return;
            }
            List<Progress> progress = data.progress();
            platform.setAll(data.platform().stream().filter(f -> f.figure().metric() == metric)
                    .map(f -> new PlatformPoint(f.on(), f.value(), f.shown())).toList());
            target.set(state.progress().result(id).map(RequirementResult::target).orElse(null));
            atReview.set(state.next() == null ? null : atNextReview(state, id));
            // last: the chart redraws when the points change, with the target and the review already set
            List<Point> rows = progress.stream().map(p -> Point.of(p.asOf().date(), p.result(id))).toList();
            empty.set(rows.stream().filter(p -> p.value() != null).count() < 2);
            points.setAll(rows);
        });
    }
}
