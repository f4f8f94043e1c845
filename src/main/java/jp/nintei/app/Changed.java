package jp.nintei.app;

/**
 * What a command did: its result; the state measured after it, or null when measuring failed (then
 * {@code measureFailure} says why: what was committed stays committed); what Undo and Redo would do now.
 */
public record Changed<R>(R result, Measurement state, UndoHistory.Labels labels, RuntimeException measureFailure) {
}
