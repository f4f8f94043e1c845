package jp.nintei.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

/**
 * The journal files SQLite keeps beside a logbook ({@code -wal}, {@code -shm}), by file identity: a connection whose
 * journal was replaced on disk by another program would write into a file no one reads again.
 */
final class JournalFiles {

    private JournalFiles() {
    }

    /** The identities of the journal files beside the logbook now; empty where the system has none (Windows). */
    static Map<Path, Object> identities(Path file) {
        Map<Path, Object> keys = new HashMap<>();
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            try {
                Object key = Files.readAttributes(side, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
                if (key == null) {
                    return Map.of();
                }
                keys.put(side, key);
            } catch (IOException gone) {
                keys.put(side, "missing");
            }
        }
        return keys;
    }

}
