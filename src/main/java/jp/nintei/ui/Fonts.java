package jp.nintei.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.text.Font;

/**
 * Picks an installed font family that has Japanese glyphs. JavaFX's own fallback skips Noto CJK's .ttc fonts on
 * Linux and draws boxes (JDK-8322251), so the app names a family explicitly.
 */
public final class Fonts {

    private static final List<String> JAPANESE = List.of("Yu Gothic UI", "Meiryo UI", "Meiryo", "Hiragino Sans",
            "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "IPAPGothic", "IPAGothic", "TakaoPGothic", "VL Gothic");

    private Fonts() {
    }

    public static Optional<String> japaneseFamily() {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        return JAPANESE.stream().filter(installed::contains).findFirst();
    }
}
