package jp.nintei.ui;

/** A screen whose form may hold typing that is not saved yet: asked before the screen is left or the app quits. */
public interface UnsavedEdits {

    /**
     * Saves whatever applies as it is (the settings save a valid field on leaving) and returns true when nothing typed
     * would be lost by leaving now.
     */
    boolean settle();

    /** What would be lost, in a sentence of the current language, for the question asked before leaving. */
    String unsavedDescription();

    /** Forgets the typing: the form shows the stored values again. */
    void discard();
}
