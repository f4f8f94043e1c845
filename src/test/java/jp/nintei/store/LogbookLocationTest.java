package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogbookLocationTest {

    final Path home = Path.of("/home/aiko");

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/data/nintei/nintei.db"),
                LogbookLocation.defaultFile(Map.of("XDG_DATA_HOME", "/data"), "Linux", home));
        assertEquals(Path.of("/home/aiko/.local/share/nintei/nintei.db"),
                LogbookLocation.defaultFile(Map.of(), "Linux", home));
    }

    @Test
    void windowsUsesLocalAppData() {
        assertEquals(Path.of("C:/Users/aiko/AppData/Local", "Nintei", "nintei.db"),
                LogbookLocation.defaultFile(Map.of("LOCALAPPDATA", "C:/Users/aiko/AppData/Local"), "Windows 11", home));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/home/aiko/Library/Application Support/Nintei/nintei.db"),
                LogbookLocation.defaultFile(Map.of(), "Mac OS X", home));
    }

    @Test
    void dbOptionBeatsEnvironmentWhichBeatsDefault() {
        assertEquals(Path.of("a.db"), LogbookLocation.resolve("a.db", Map.of("NINTEI_DB", "b.db")));
        assertEquals(Path.of("b.db"), LogbookLocation.resolve(null, Map.of("NINTEI_DB", "b.db")));
    }
}
