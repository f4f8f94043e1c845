package jp.nintei.ui;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextLineInfo;

/**
 * Japanese wraps between any two characters, so a wrapped line can end with one character alone ("あと4件ま / で"),
 * and Java's line breaking splits a number after a 「・」 ("目標 90%以上・9, / 077件"). This breaks a wrapped label's
 * lines itself where either would happen: at least {@link #KEEP} characters on the last line, and never inside a number
 * or before a closing mark. Measured again whenever the label's width changes. (JavaFX ignores U+2060 WORD JOINER.)
 */
public final class NoOrphans {

    /** The fewest characters left on the last line. */
    static final int KEEP = 3;
    /** Never at the start of a line (small kana too, as Japanese typesetting keeps them). */
    private static final String CLOSING = "、。，．,.)）]」』】%％:：・ー…ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
    /** Never at the end of a line. */
    private static final String OPENING = "(（[「『【";
    /** A number as the app says it, never split: "9,077", "4.8", "¥158,271,939", "95.0%", "2 / 3". */
    private static final Pattern NUMBER =
            Pattern.compile("[¥￥]?\\d+(?:[,.，．]\\d+)*(?: ?/ ?\\d+(?:[,.，．]\\d+)*)?[%％]?",
                    Pattern.UNICODE_CHARACTER_CLASS); // full-width digits too: "９，０７７"

    private NoOrphans() {
    }

    /**
     * Wraps {@code label} keeping its last line whole; returns the words to show, which the caller sets instead of the
     * label's text (the label shows them with a line break of its own where one is needed).
     */
    public static StringProperty install(Label label) {
        StringProperty words = new SimpleStringProperty(label.getText());
        label.setWrapText(true);
        InvalidationListener rewrap = obs -> label.setText(wrapped(words.get(), label));
        words.addListener(rewrap);
        label.widthProperty().addListener(rewrap);
        label.fontProperty().addListener(rewrap);
        return words;
    }

    private static String wrapped(String text, Label label) {
        double width = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
        return width <= 0 ? text : keepTogether(text, label.getFont(), width);
    }

    /**
     * {@code text} with line breaks of its own where a wrapped line would break inside a number or before a closing
     * mark, or leave fewer than {@link #KEEP} characters on the last line; the text itself is unchanged.
     */
    static String keepTogether(String text, Font font, double width) {
        if (text == null || text.codePointCount(0, text.length()) <= KEEP || text.indexOf('\n') >= 0) {
            return text;
        }
        String shown = text;
        for (int tries = 0; tries < text.length(); tries++) { // each try settles one break, from the top
            String better = firstBreakMended(shown, font, width);
            if (better == null) {
                return shown;
            }
            shown = better;
        }
        return shown;
    }

    /** {@code shown} with its first wrapped break that needs it moved back; null when none does (or none can). */
    private static String firstBreakMended(String shown, Font font, double width) {
        Text probe = new Text(shown);
        probe.setFont(font);
        probe.setWrappingWidth(width);
        List<TextLineInfo> lines = probe.getLayoutInfo().getTextLines(false);
        List<MatchResult> numbers = NUMBER.matcher(shown).results().toList();
        for (int i = 1; i < lines.size(); i++) {
            int start = lines.get(i).start();
            if (start <= 0 || start >= shown.length() || shown.charAt(start - 1) == '\n') {
                continue; // a break of its own
            }
            // wrapped at a space before a word: Latin text wraps by words, and a last line of one is fine
            boolean latin = Character.isWhitespace(shown.charAt(start - 1))
                    && Character.UnicodeScript.of(shown.codePointAt(start)) == Character.UnicodeScript.LATIN;
            int at = start;
            if (i == lines.size() - 1 && shown.codePointCount(start, shown.length()) < KEEP && !latin) {
                at = shown.offsetByCodePoints(shown.length(), -KEEP);
            }
            int lineStart = lines.get(i - 1).start();
            while (at > lineStart && !mayBreakBefore(shown, at, numbers)) {
                at--;
            }
            if (at == start || at <= lineStart) {
                continue; // JavaFX's own break is a good one, or the line has no better one
            }
            return shown.substring(0, at) + "\n" + shown.substring(at);
        }
        return null;
    }

    /**
     * Whether a line may begin at {@code i}: not inside one of the {@code numbers}, not before a closing mark, not
     * after an opening one.
     */
    private static boolean mayBreakBefore(String text, int i, List<MatchResult> numbers) {
        for (MatchResult n : numbers) {
            if (n.start() < i && i < n.end()) {
                return false;
            }
        }
        if (Character.isLowSurrogate(text.charAt(i)) || Character.isWhitespace(text.charAt(i))) {
            return false; // inside a character such as 𠮷, or a line that would begin with a space
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before)
                || CLOSING.indexOf(text.charAt(i)) < 0 && OPENING.indexOf(before) < 0;
    }
}
