package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import jp.nintei.i18n.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README and About say MIT: the licence is at the top level, names its authors, and every installer carries it. */
class LicenceTest {

    @Test
    void theMitLicenceIsAtTheTopLevelAndEveryInstallerCarriesIt() throws Exception {
        Path licence = Path.of("LICENSE");
        assertTrue(Files.isRegularFile(licence), "LICENSE at the top level");
        String text = Files.readString(licence);
        assertTrue(text.startsWith("MIT License\n"), text);
        assertTrue(text.contains("Copyright (c) 2026 the Nintei authors"), "the copyright line names the authors");
        assertTrue(text.contains("THE SOFTWARE IS PROVIDED \"AS IS\""), "the whole MIT text");
        for (String os : new String[] {"linux", "windows", "macos"}) {
            assertTrue(Files.readString(Path.of("packaging", os, "jpackage.args")).contains("--license-file\nLICENSE"),
                    "the " + os + " installer shows and keeps the licence");
        }
        assertTrue(Files.readString(Path.of("pom.xml")).contains("<include>LICENSE</include>"),
                "the app image holds LICENSE (lib/app/LICENSE)");
        assertTrue(Files.readString(Path.of("README.md")).contains("[MIT License](LICENSE)"), "README links it");
        assertTrue(new Texts(Locale.ENGLISH).text("about.text", "", "", "", "", "")
                .contains("MIT License"), "About says it");
    }
}
