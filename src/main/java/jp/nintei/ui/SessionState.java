package jp.nintei.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import jp.nintei.app.Changed;
import jp.nintei.app.Measurement;

/**
 * What the screens watch of the logbook, set only on the FX thread by the {@link LogbookSession}: the last good
 * measure, a count of changes that tables reload on, whether undo and redo have something to do, whether the demo
 * logbook is shown and whether the gauges are stale.
 */
public final class SessionState {

    private final ReadOnlyObjectWrapper<Measurement> measured = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper();
    /** The gauges show the last good measure: measuring failed (after a change was saved, or on a refresh). */
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    /** The first measure has been answered, or has failed: the numbers shown are no longer the stand-in. */
    private final ReadOnlyBooleanWrapper answered = new ReadOnlyBooleanWrapper();

    SessionState(Measurement before) {
        measured.set(before);
    }

    public ReadOnlyObjectProperty<Measurement> stateProperty() {
        return measured.getReadOnlyProperty();
    }

    /** Counts the changes made to the logbook: tables reload their page when it moves. */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** True while the screens show the demo logbook (sample data) instead of the user's own. */
    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /** True while the gauges show the last good measure because measuring failed (the status bar says why). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** True once a measure has been shown, or measuring has failed: the gauges no longer show the stand-in. */
    public ReadOnlyBooleanProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    /**
     * Shows what {@code changed} brought. Returns true when it was a refresh whose measure failed (nothing saved):
     * the caller says why.
     */
    boolean publish(Changed<?> changed, boolean demoShown) {
        demo.set(demoShown);
        if (changed.labels() != null) {
            canUndo.set(changed.labels().undo().isPresent());
            canRedo.set(changed.labels().redo().isPresent());
        }
        if (changed.state() != null) {
            measured.set(changed.state());
            stale.set(false);
            answered.set(true);
            return false;
        }
        if (changed.measureFailure() != null) {
            stale.set(true);
            answered.set(true);
            return changed.labels() == null;
        }
        return false;
    }

    void changed() {
        changes.set(changes.get() + 1);
    }

    void stale() {
        stale.set(true);
        answered.set(true);
    }
}
