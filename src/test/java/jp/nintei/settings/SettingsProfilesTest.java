package jp.nintei.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.nintei.ui.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the program in Settings: applied at once, measured by it, and its entered values kept. */
class SettingsProfilesTest {

    @TempDir Path dir;

    @Test
    void choosingAProfileMeasuresByItAndKeepsEverythingElse() throws Exception {
        Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(dir.resolve("profiles/broken.profile"), "id = broken\nname.en = B\nrule = x\nmetric = y\n");
        try (Fixture fx = new Fixture(dir)) {
            SettingsPresenter settings = new SettingsPresenter(fx.session, l -> { });
            assertEquals("lancers", settings.profile.get(), "the default of a logbook that never chose");
            assertEquals(List.of("lancers", "lancers-2022", "crowdworks-pro", "coconala-gold", "coconala-platinum"),
                    List.copyOf(settings.profiles().keySet()));
            assertTrue(settings.profileProblemsProperty().get().contains("broken.profile, line 4: unknown metric 'y'"),
                    "a bad file is named; the others are offered");
            settings.cutoff.textProperty().set("300000");
            settings.commit();

            settings.profile.set("crowdworks-pro");
            assertEquals("crowdworks-pro", fx.store.settings().load().profile());
            assertEquals(300_000L, fx.store.settings().load().earningsCutoff(), "nothing else changed");
            assertEquals(List.of("completion_rate", "rating", "identity", "top200", "scouts", "communication"),
                    fx.session.shown().stateProperty().get().progress().results().stream().map(r -> r.requirement()).toList());
            assertTrue(settings.profileAboutProperty().get().startsWith("CrowdWorks' Pro"));
            assertEquals(List.of("top200", "scouts", "communication"),
                    settings.entered().stream().map(EnteredValues.EnteredValue::requirement).toList());

            EnteredValues.EnteredValue scouts = settings.entered().get(1);
            scouts.text().set("7");
            assertTrue(settings.commitEntered(scouts));
            assertEquals(new BigDecimal("7"), fx.store.settings().load().entered().get("scouts"));
            assertTrue(fx.session.shown().stateProperty().get().progress().result("scouts").orElseThrow().met());
            scouts.text().set("many");
            assertFalse(settings.commitEntered(scouts));
            assertEquals(new BigDecimal("7"), fx.store.settings().load().entered().get("scouts"), "nothing saved");

            settings.identity.set(true); // a check box applies at once, and keeps the profile and the entered values
            assertEquals("crowdworks-pro", fx.store.settings().load().profile());
            assertEquals(new BigDecimal("7"), fx.store.settings().load().entered().get("scouts"));

            fx.session.undo(); // the check box
            fx.session.undo(); // the scouts
            fx.session.undo(); // the profile
            assertEquals("lancers", fx.store.settings().load().profile());
            assertEquals("lancers", settings.profile.get());
        }
    }
}
