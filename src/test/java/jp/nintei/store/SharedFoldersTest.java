package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A logbook in a folder another program syncs is named as such (data safety, round three, item 1). */
class SharedFoldersTest {

    @Test
    void syncedFoldersAreRecognisedByTheirClientsNames() {
        assertEquals(Optional.of("Dropbox"), SharedFolders.problem(Path.of("/home/a/Dropbox/nintei/nintei.db")));
        assertEquals(Optional.of("OneDrive - 株式会社A"),
                SharedFolders.problem(Path.of("/Users/a/OneDrive - 株式会社A/nintei.db")));
        assertEquals(Optional.of("Mobile Documents"),
                SharedFolders.problem(Path.of("/Users/a/Library/Mobile Documents/com~apple~CloudDocs/nintei.db")));
        assertEquals(Optional.empty(), SharedFolders.problem(Path.of("/home/a/.local/share/nintei/nintei.db")));
        assertEquals(Optional.empty(), SharedFolders.problem(Path.of("/home/a/dropboxes-of-mine/nintei.db")));
    }
}
