package jp.nintei.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * How the window looks: following the system's light or dark setting (as it changes), or always light, or always
 * dark. Chosen in View → Theme and remembered; {@code --theme light|dark|system} sets it for one run.
 */
public enum Theme {
    SYSTEM, LIGHT, DARK;

    /** {@code light}, {@code dark} or {@code system}, in any case; empty for anything else. */
    public static Optional<Theme> parse(String text) {
        for (Theme theme : values()) {
            if (theme.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    /** The name on the command line and in the preferences. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the window is dark with this choice while the system's setting is {@code systemDark}. */
    public boolean dark(boolean systemDark) {
        return this == DARK || this == SYSTEM && systemDark;
    }
}
