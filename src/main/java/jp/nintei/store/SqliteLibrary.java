package jp.nintei.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * SQLite's native library, unpacked once per sqlite-jdbc version into a folder of Nintei's own and loaded from there
 * on every later start. Left to itself, sqlite-jdbc unpacks it under a new random name on every start (a megabyte
 * written, then deleted at exit): ≈ 0.1 s of each CLI command. A later start finds the copy by name alone, without
 * asking sqlite-jdbc which system this is or which version it is (together 90 ms of a cold start).
 */
public final class SqliteLibrary {

    private SqliteLibrary() {
    }

    /**
     * Tells sqlite-jdbc to load the library from {@code dir}, unpacking it there first when this version's copy is
     * not there yet (written to a temporary name and moved into place, so a half-written copy never bears the name).
     * Returns false, changing nothing, where this system's library is not in the jar or cannot be unpacked: then
     * sqlite-jdbc unpacks it as it always does.
     */
    public static boolean useFrom(Path dir) {
        String name = System.mapLibraryName("sqlitejdbc");
        Path copy = dir.resolve("sqlite-jdbc-" + version() + "-" + System.getProperty("os.arch") + "-" + name);
        try {
            if (!Files.isRegularFile(copy) || Files.size(copy) == 0) {
                // only now the system's folder in the jar: finding it runs a process (uname), 40 ms of a start
                String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
                try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return false;
                    }
                    Path part = Files.createTempFile(dir, "sqlite-jdbc-", ".part");
                    try {
                        Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                        part.toFile().setExecutable(true, true);
                        Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } finally {
                        Files.deleteIfExists(part);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        System.setProperty("org.sqlite.lib.path", dir.toString());
        System.setProperty("org.sqlite.lib.name", copy.getFileName().toString());
        return true;
    }

    /**
     * sqlite-jdbc's version, from the name of the jar it is loaded from ({@code sqlite-jdbc-3.50.3.0.jar}); asked of
     * sqlite-jdbc only where it is not in a jar of that name. Asking it reads a resource through a URL connection,
     * which costs a cold start 50 ms; the name costs nothing.
     */
    static String version() {
        CodeSource source = SQLiteJDBCLoader.class.getProtectionDomain().getCodeSource();
        String path = source == null || source.getLocation() == null ? "" : source.getLocation().getPath();
        String jar = path.substring(path.lastIndexOf('/') + 1);
        if (jar.startsWith("sqlite-jdbc-") && jar.endsWith(".jar") && jar.length() > "sqlite-jdbc-.jar".length()) {
            return jar.substring("sqlite-jdbc-".length(), jar.length() - ".jar".length());
        }
        return SQLiteJDBCLoader.getVersion();
    }
}
