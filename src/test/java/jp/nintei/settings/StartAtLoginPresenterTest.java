package jp.nintei.settings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import jp.nintei.app.Autostart;
import jp.nintei.ui.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings → Start Nintei when I log in: the box shows the system's entry and writes or removes it. */
class StartAtLoginPresenterTest {

    @TempDir
    Path dir;

    @Test
    void tickingWritesTheEntryAndTheBoxShowsWhatIsThere() throws Exception {
        Path config = dir.resolve("config");
        Path entry = config.resolve("autostart/nintei.desktop");
        try (Fixture fx = new Fixture(dir.resolve("logbook"))) {
            Optional<Autostart> linux = Autostart.forThisMachine("/opt/nintei/bin/Nintei", "Linux",
                    Map.of("XDG_CONFIG_HOME", config.toString()), dir);
            StartAtLoginPresenter presenter = new StartAtLoginPresenter(fx.session, linux);
            assertTrue(presenter.available());
            assertFalse(presenter.on.get(), "off unless ticked");
            presenter.on.set(true);
            assertTrue(Files.isRegularFile(entry));
            presenter.on.set(false);
            assertFalse(Files.exists(entry));

            Files.createDirectories(entry.getParent());
            Files.writeString(entry, "[Desktop Entry]\n"); // turned on by hand, before the app started
            assertTrue(new StartAtLoginPresenter(fx.session, linux).on.get());
            assertFalse(new StartAtLoginPresenter(fx.session, Optional.empty()).available(), "java -jar: none");
        }
    }
}
