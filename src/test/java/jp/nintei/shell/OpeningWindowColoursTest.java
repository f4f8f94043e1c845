package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The opening window is drawn without a stylesheet, in the theme's own background and text colours: the same as the
 * window that follows, so the start shows no flash of another colour. Compared with AtlantaFX's Primer themes.
 */
class OpeningWindowColoursTest {

    @Test
    void theOpeningWindowHasTheThemesBackgroundAndTextInLightAndDark() throws IOException {
        String light = css(Themes.LIGHT);
        assertEquals(variable(light, "-color-bg-default"), OpeningWindow.LIGHT_BACKGROUND);
        assertEquals(variable(light, "-color-fg-default"), OpeningWindow.LIGHT_TEXT);
        String dark = css(Themes.DARK);
        assertEquals(variable(dark, "-color-bg-default"), OpeningWindow.DARK_BACKGROUND);
        assertEquals(variable(dark, "-color-fg-default"), OpeningWindow.DARK_TEXT);
    }

    private static String css(String stylesheet) throws IOException {
        String path = stylesheet.replace(".bss", ".css");
        try (InputStream in = OpeningWindowColoursTest.class.getResourceAsStream(path.startsWith("/") ? path : "/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Color variable(String css, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "\\s*:\\s*(#[0-9a-fA-F]{3,8})\\s*;").matcher(css);
        if (!m.find()) {
            throw new AssertionError(name + " not found in the theme");
        }
        return Color.web(m.group(1));
    }
}
