package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.nintei.ui.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFoldersTest {

    @TempDir Path dir;

    @Test
    void theExportIsOfferedInTheDocumentsFolderWithADatedName() throws Exception {
        Path documents = Files.createDirectories(dir.resolve("ドキュメント"));
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/user-dirs.dirs"), "XDG_DESKTOP_DIR=\"$HOME/デスクトップ\"\n"
                + "XDG_DOCUMENTS_DIR=\"" + documents + "\"\n");
        assertEquals(documents, UserFolders.documents(Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString())));

        try (Fixture fx = new Fixture(dir.resolve("logbook"))) {
            MainPresenterTest.mainOf(fx).exportSummary();
            String offered = fx.dialogs.asked.get(fx.dialogs.asked.size() - 1);
            assertTrue(offered.endsWith("nintei-summary-2026-11-28.csv"), offered);
            assertTrue(!offered.startsWith(fx.session.logbookFile().getParent().toString()), "not the data folder");
        }
    }
}
