package jp.nintei.ui;

import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortcut hints as the platform writes them: the bundles say "Shortcut+M"; Windows and Linux users read "Ctrl+M",
 * macOS users "⌘M" (and "⇧⌘N" for Shortcut+Shift+N), as in the menus.
 */
public final class Shortcuts {

    private static final Pattern HINT = Pattern.compile("Shortcut\\+(Shift\\+)?([A-Z0-9])\\b");
    private static final boolean MAC = System.getProperty("os.name", "").startsWith("Mac");

    private Shortcuts() {
    }

    public static String forPlatform(String text) {
        return forPlatform(text, MAC);
    }

    static String forPlatform(String text, boolean mac) {
        if (!text.contains("Shortcut+")) {
            return text;
        }
        Matcher m = HINT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean shift = m.group(1) != null;
            String key = m.group(2);
            String shown = mac ? (shift ? "⇧" : "") + "⌘" + key : "Ctrl+" + (shift ? "Shift+" : "") + key;
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code bundle} with every hint in its strings written for this platform. */
    static ResourceBundle forPlatform(ResourceBundle bundle) {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                Object value = bundle.getObject(key);
                return value instanceof String text ? forPlatform(text) : value;
            }

            @Override
            public Enumeration<String> getKeys() {
                return bundle.getKeys();
            }

            @Override
            public Locale getLocale() {
                return bundle.getLocale();
            }
        };
    }
}
