package jp.nintei.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.nintei.domain.RecordKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortcutsTest {

    @TempDir Path dir;

    @Test
    void hintsAreWrittenAsThePlatformWritesThem() {
        String hint = "Shortcut+M · Shortcut+R · Shortcut+Shift+N · Shortcut+Z";
        assertEquals("Ctrl+M · Ctrl+R · Ctrl+Shift+N · Ctrl+Z", Shortcuts.forPlatform(hint, false));
        assertEquals("⌘M · ⌘R · ⇧⌘N · ⌘Z", Shortcuts.forPlatform(hint, true));
        assertEquals("メッセージが届いたら Ctrl+M。", Shortcuts.forPlatform("メッセージが届いたら Shortcut+M。", false));
    }

    @Test
    void theAppNeverShowsTheWordShortcut() {
        for (Locale locale : new Locale[] {Localization.JAPANESE, Localization.ENGLISH}) {
            ResourceBundle bundle = new Localization(locale).bundle();
            for (String key : Collections.list(bundle.getKeys())) {
                if (!key.startsWith("cli.")) { // the CLI's usage names no key
                    assertEquals(false, bundle.getString(key).contains("Shortcut+"), key + ": " + bundle.getString(key));
                }
            }
        }
    }

    @Test
    void importErrorsAreInTheAppsLanguage() throws Exception {
        try (Fixture fx = new Fixture(dir, Localization.JAPANESE)) {
            Path csv = dir.resolve("jobs.csv");
            Files.writeString(csv, "title,status,ordered_on,amount_jpy\n翻訳,in_progress,2026-11-01,abc\n");
            fx.session.run(w -> w.previewImport(RecordKind.JOBS, csv, fx.session.l10n().texts()),
                    preview -> { }, "status.importFailed");
            assertEquals("取り込みませんでした: " + csv + " の 2 行目、列 amount_jpy: 「abc」は0〜999,999,999,999 の円単位の整数ではありません",
                    fx.session.status().textProperty().get());
        }
    }
}
