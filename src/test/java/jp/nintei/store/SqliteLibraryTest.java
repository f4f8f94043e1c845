package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;

class SqliteLibraryTest {

    @TempDir
    Path dir;
    private String path;
    private String name;

    @BeforeEach
    void keepTheProperties() {
        path = System.getProperty("org.sqlite.lib.path");
        name = System.getProperty("org.sqlite.lib.name");
    }

    @AfterEach
    void putThemBack() {
        restore("org.sqlite.lib.path", path);
        restore("org.sqlite.lib.name", name);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void theVersionIsSqliteJdbcsOwn() {
        assertEquals(SQLiteJDBCLoader.getVersion(), SqliteLibrary.version());
    }

    @Test
    void theLibraryIsUnpackedOnceAndFoundByNameAfterThat() throws Exception {
        assertTrue(SqliteLibrary.useFrom(dir));
        List<Path> unpacked;
        try (var files = Files.list(dir)) {
            unpacked = files.toList();
        }
        assertEquals(1, unpacked.size(), "one copy, no part left behind: " + unpacked);
        Path copy = unpacked.get(0);
        assertTrue(copy.getFileName().toString().startsWith("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-"));
        assertTrue(Files.size(copy) > 100_000, "the whole library");
        assertEquals(dir.toString(), System.getProperty("org.sqlite.lib.path"));
        assertEquals(copy.getFileName().toString(), System.getProperty("org.sqlite.lib.name"));

        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, written);
        assertTrue(SqliteLibrary.useFrom(dir));
        assertEquals(written, Files.getLastModifiedTime(copy), "a later start uses the copy as it is");

        Files.write(copy, new byte[0]); // a copy cut short by a full disk is unpacked again
        assertTrue(SqliteLibrary.useFrom(dir));
        assertTrue(Files.size(copy) > 100_000);
    }
}
