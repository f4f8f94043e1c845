package jp.nintei.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.nintei.ui.Fixture;
import jp.nintei.ui.Localization;
import jp.nintei.domain.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsPresenterTest {

    @TempDir
    Path dir;

    @Test
    void savesChecksAndCutoffAndRefusesABadCutoff() {
        try (Fixture fx = new Fixture(dir)) {
            SettingsPresenter settings = new SettingsPresenter(fx.session, locale -> { });
            settings.cutoff.textProperty().set("0");
            assertEquals("Enter whole yen, at least 1", settings.cutoff.error());
            assertFalse(settings.save());
            settings.cutoff.textProperty().set("¥1,200,000");
            settings.category.textProperty().set(" 記事作成 ");
            settings.identity.set(true);
            settings.nda.set(true);
            assertTrue(settings.save());
            assertEquals(new Settings(1_200_000L, "記事作成", true, false, true), fx.store.settings().load());
            assertEquals("Settings saved", fx.session.status().textProperty().get());
        }
    }

    @Test
    void choosingALanguageSwitchesTheApp() {
        try (Fixture fx = new Fixture(dir)) {
            List<Locale> switched = new ArrayList<>();
            SettingsPresenter settings = new SettingsPresenter(fx.session, switched::add);
            assertEquals(Localization.ENGLISH, settings.language.get());
            settings.language.set(Localization.JAPANESE);
            assertEquals(List.of(Localization.JAPANESE), switched);
        }
    }
}
