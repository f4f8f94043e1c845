package jp.nintei.ui;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.nintei.app.Failures;
import jp.nintei.i18n.Phrase;

/**
 * What the status bar says: the last message, worded again in the new language after a switch; an error (a file's
 * own words) stays as it is, and is marked as an error.
 */
public final class StatusBar {

    private final Localization l10n;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** The last message, to word again after a language switch; null for an error. */
    private Phrase last;

    StatusBar(Localization l10n) {
        this.l10n = l10n;
        l10n.bundleProperty().addListener(obs -> {
            if (last != null) {
                text.set(l10n.text(last));
            }
        });
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void say(String key, Object... args) {
        say(new Phrase(key, args));
    }

    public void say(Phrase phrase) {
        error.set("");
        last = phrase;
        text.set(l10n.text(phrase));
    }

    /** {@code doneKey} with what was done ("Undone: …"), or {@code noneKey} when there was nothing to do. */
    public void sayEither(Optional<Phrase> done, String doneKey, String noneKey) {
        done.ifPresentOrElse(what -> say(doneKey, what), () -> say(noneKey));
    }

    /** An error, in its own words (a file's message): said as it is, in either language. */
    public void sayError(String message) {
        last = null;
        error.set(message);
        text.set(message);
    }

    /** A failure, worded by {@code key} ("Import failed: {0}") with what went wrong. */
    public void failed(String key, Exception e) {
        sayError(l10n.text(key, Failures.describe(e, l10n.texts())));
    }
}
