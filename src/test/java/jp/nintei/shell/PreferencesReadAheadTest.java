package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import jp.nintei.ui.Localization;
import jp.nintei.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading the preferences ahead, while JavaFX starts, finds what was saved and loses nothing saved meanwhile. */
class PreferencesReadAheadTest {

    private final String node = "/jp/nintei/test-read-ahead-" + UUID.randomUUID();

    @AfterEach
    void removeNode() throws BackingStoreException {
        java.util.prefs.Preferences.userRoot().node(node).removeNode();
    }

    @Test
    void aStartThatReadsAheadSpeaksTheSavedLanguageInTheSavedPlaceAndKeepsWhatIsSavedWhileItReads() throws Exception {
        Preferences before = new Preferences(node);
        before.saveLanguage(Locale.ENGLISH);
        before.saveBounds(new Preferences.Bounds(10, 20, 1024, 640, false));
        for (int i = 0; i < 20; i++) {
            var read = Preferences.readAhead(node);
            Preferences now = new Preferences(node); // as the window's start, while the read may still run
            assertEquals(Optional.of(Locale.ENGLISH), now.language());
            assertEquals(Localization.ENGLISH, now.localization().locale()); // the window's words, in the saved language
            assertEquals("Nintei — progress to Certified Lancer", now.localization().text("app.title"));
            assertEquals(Optional.of(new Preferences.Bounds(10, 20, 1024, 640, false)), now.bounds());
            // what the read ahead found: the saved language's words, ready for the opening window
            assertEquals(Localization.ENGLISH, read.get(10, TimeUnit.SECONDS).locale());
            now.saveTheme(i % 2 == 0 ? Theme.DARK : Theme.LIGHT);
            var again = Preferences.readAhead(node);
            assertEquals(Optional.of(i % 2 == 0 ? Theme.DARK : Theme.LIGHT),
                    new Preferences(node).theme());
            again.get(10, TimeUnit.SECONDS); // done before the node is removed: it would make it again
        }
        java.util.prefs.Preferences.userRoot().node(node).sync(); // written to and read back from the file
        assertEquals(Optional.of(Theme.LIGHT), new Preferences(node).theme());
    }
}
