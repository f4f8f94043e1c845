package jp.nintei.ui;

import javafx.animation.Animation;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Work that waits for a frame: once {@code ready} holds, it runs at the start of the pulse after the one that laid out
 * the node's window — before that pulse's CSS and layout, so what it adds is styled and placed in the same frame. What
 * the first frame needs is on the screen before the rest of a view is built and styled (on a big logbook the window's
 * first CSS pass is a second of the FX thread).
 */
public final class AfterPaint {

    /**
     * The work runs this long after the node is first in a scene all the same: where no pulse comes (a scene in no
     * window on the screen), or {@code ready} never holds (a first measure that died): the rest of the view is never
     * lost.
     */
    static final Duration AT_THE_LATEST = Duration.seconds(10);

    private AfterPaint() {
    }

    /** Runs {@code work} once, on the FX thread, as above. */
    public static void when(Node node, ObservableBooleanValue ready, Runnable work) {
        boolean[] done = {false};
        InvalidationListener[] watch = new InvalidationListener[1];
        PauseTransition latest = new PauseTransition(AT_THE_LATEST);
        Runnable once = () -> {
            if (!done[0]) {
                done[0] = true;
                latest.stop();
                ready.removeListener(watch[0]);
                node.sceneProperty().removeListener(watch[0]);
                work.run();
            }
        };
        latest.setOnFinished(e -> once.run());
        AnimationTimer nextPulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                once.run();
            }
        };
        Runnable[] laidOut = new Runnable[1];
        watch[0] = obs -> {
            if (node.getScene() != null && latest.getStatus() != Animation.Status.RUNNING && !done[0]) {
                latest.play(); // once: a second scene does not put it off
            }
            if (done[0] || !ready.get() || node.getScene() == null) {
                return;
            }
            ready.removeListener(watch[0]);
            node.sceneProperty().removeListener(watch[0]);
            var scene = node.getScene();
            laidOut[0] = () -> {
                scene.removePostLayoutPulseListener(laidOut[0]);
                nextPulse.start();
            };
            scene.addPostLayoutPulseListener(laidOut[0]);
            Platform.requestNextPulse();
        };
        ready.addListener(watch[0]);
        node.sceneProperty().addListener(watch[0]);
        watch[0].invalidated(null);
    }
}
