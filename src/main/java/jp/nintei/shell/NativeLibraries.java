package jp.nintei.shell;

import jp.nintei.ui.*;
import java.nio.file.Path;
import java.util.Map;
import jp.nintei.store.DataFiles;
import jp.nintei.store.LogbookLocation;
import jp.nintei.store.SqliteLibrary;

/**
 * sqlite-jdbc unpacks its native library into {@code java.io.tmpdir} unless told otherwise; where /tmp is mounted
 * noexec that fails. Nintei points it at a folder of its own beside the default logbook, where the library is unpacked
 * once and loaded on every later start ({@link SqliteLibrary}).
 */
public final class NativeLibraries {

    private NativeLibraries() {
    }

    public static void useAppFolder(Map<String, String> env) {
        if (System.getProperty("org.sqlite.tmpdir") != null) {
            return;
        }
        try {
            Path dir = LogbookLocation.defaultFolder(env).resolve("native");
            DataFiles.createPrivateDirectories(dir);
            System.setProperty("org.sqlite.tmpdir", dir.toString());
            SqliteLibrary.useFrom(dir); // unpacked once, not on every start
        } catch (RuntimeException e) {
            // Fall back to java.io.tmpdir: still works wherever /tmp allows executables.
        }
    }
}
