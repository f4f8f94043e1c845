package jp.nintei.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** No wrapped Japanese line ends with one or two characters alone, at any width. */
@ExtendWith(ApplicationExtension.class)
class NoOrphansTest {

    @Test
    void theLastLineKeepsAtLeastThreeCharacters(FxRobot robot) {
        robot.interact(() -> {
            Font font = Font.font(Fonts.japaneseFamily().orElse("System"), 14);
            int orphansBefore = 0;
            for (String text : new String[] {"余裕なし: キャンセル1件で未達", "あと4件まで", "残り: 本人確認、電話番号確認、機密保持確認",
                    "目標 80%以上・返信0件"}) {
                for (double width = 60; width <= 260; width += 2) { // from where three characters fit on a line
                    orphansBefore += lastLine(text, font, width) < NoOrphans.KEEP ? 1 : 0;
                    String shown = NoOrphans.keepTogether(text, font, width);
                    assertEquals(text, shown.replace("\n", ""), "only a line break is added");
                    assertTrue(lastLine(shown, font, width) >= Math.min(NoOrphans.KEEP, text.length()),
                            "'" + shown + "' at " + width);
                }
            }
            assertTrue(orphansBefore > 0, "the texts do leave characters alone without it");
        });
    }

    /** How many characters the last wrapped line holds. */
    private static int lastLine(String text, Font font, double width) {
        Text probe = new Text(text);
        probe.setFont(font);
        probe.setWrappingWidth(width);
        var b = probe.getLayoutBounds();
        int start = probe.hitTest(new Point2D(1, b.getMinY() + b.getHeight() - 2)).getCharIndex();
        return text.length() - start;
    }
}
