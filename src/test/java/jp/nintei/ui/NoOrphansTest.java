package jp.nintei.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
                    "目標 80%以上・返信0件", "次の審査 (1月1日): 2 / 3 ✗", "依頼者 𠮷田さまへの返信𠮷",
                    "残り: 機密保持チェック"}) {
                for (double width = 60; width <= 260; width += 2) { // from where three characters fit on a line
                    orphansBefore += lastLine(text, font, width) < NoOrphans.KEEP ? 1 : 0;
                    String shown = NoOrphans.keepTogether(text, font, width);
                    assertEquals(text, shown.replace("\n", ""), "only a line break is added");
                    assertTrue(!shown.matches("(?s).*\n[ァィゥェォッャュョぁぃぅぇぉっゃゅょ].*"), "a small kana stays: " + shown);
                    int newline = shown.indexOf('\n');
                    assertTrue(newline < 0 || !Character.isLowSurrogate(shown.charAt(newline + 1)),
                            "never inside a character: " + shown);
                    assertTrue(lastLine(shown, font, width) >= Math.min(NoOrphans.KEEP, text.length()),
                            "'" + shown + "' at " + width);
                }
            }
            assertTrue(orphansBefore > 0, "the texts do leave characters alone without it");
        });
    }

    @Test
    void aNumberIsNeverSplitAcrossLinesNorAYenSignLeftAlone(FxRobot robot) {
        robot.interact(() -> {
            Font font = Font.font(Fonts.japaneseFamily().orElse("System"), 14);
            int splitBefore = 0;
            for (String text : new String[] {"目標 90%以上・9,077件", "目標 4.8以上・8,808件", "余裕: 目安より ¥158,271,939 多い",
                    "次の審査 (1月1日): 95.0%", "目安 ¥3,000,000 (自己推定)・記事作成", "Target 80% or more · 88,470 replies",
                    "次の審査 (1月1日): 2 / 3 ✗", "目標 90%以上・９，０７７件"}) {
                // from where the widest number fits on a line: a narrower one has to be cut somewhere
                for (double width = widestNumber(text, font); width <= 300; width += 1) {
                    splitBefore += splitNumbers(lines(text, font, width));
                    String shown = NoOrphans.keepTogether(text, font, width);
                    assertEquals(text, shown.replace("\n", ""), "only line breaks are added");
                    List<String> lines = lines(shown, font, width);
                    assertEquals(0, splitNumbers(lines), lines + " at " + width);
                    for (String line : lines.subList(1, lines.size())) {
                        assertTrue(!line.isEmpty() && !Character.isWhitespace(line.charAt(0)),
                                "no line begins with a space: " + lines + " at " + width);
                    }
                }
            }
            assertTrue(splitBefore > 0, "Java's own line breaking does split these numbers");
        });
    }

    private static double widestNumber(String text, Font font) {
        double widest = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("¥?[0-9０-９][0-9０-９,.，]*(?: ?/ ?[0-9][0-9,.]*)?%?").matcher(text);
        while (m.find()) {
            Text probe = new Text(m.group());
            probe.setFont(font);
            widest = Math.max(widest, Math.ceil(probe.getLayoutBounds().getWidth()) + 1);
        }
        return widest;
    }

    /** The lines a Text shows {@code text} in, wrapped at {@code width}. */
    private static List<String> lines(String text, Font font, double width) {
        Text probe = new Text(text);
        probe.setFont(font);
        probe.setWrappingWidth(width);
        return probe.getLayoutInfo().getTextLines(false).stream()
                .map(l -> text.substring(l.start(), l.end()).replace("\n", "")).toList();
    }

    /** How many line ends cut a number ("9," / "077件", "4." / "8以上", "2 /" / "3") or leave a yen sign alone. */
    private static int splitNumbers(List<String> lines) {
        int split = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String end = lines.get(i).stripTrailing();
            String next = lines.get(i + 1);
            if (end.matches(".*[0-9０-９][,.，]?") && next.matches("[0-9０-９,.，%/].*") || end.matches(".*[0-9] ?/")
                    || end.endsWith("¥")) {
                split++;
            }
        }
        return split;
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
