package jp.nintei.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import jp.nintei.ui.Theme;

/**
 * Applies the chosen theme as the user-agent stylesheet — AtlantaFX's Primer Dark or Primer Light — and, while the
 * choice is "System", follows the system's light or dark setting as it changes (JavaFX's platform preferences).
 * Nintei's own stylesheet names only the theme's colour variables, so it follows too.
 */
public final class Themes {

    public static final String LIGHT = new PrimerLight().getUserAgentStylesheet();
    public static final String DARK = new PrimerDark().getUserAgentStylesheet();

    private Themes() {
    }

    /**
     * Applies {@code chosen} now and whenever it or the system's setting changes, until the returned action stops it
     * (when the window closes: the system's preferences outlive it).
     */
    static Runnable follow(ObservableValue<Theme> chosen) {
        Platform.Preferences system = Platform.getPreferences();
        InvalidationListener apply = obs -> apply(chosen.getValue());
        chosen.addListener(apply);
        system.colorSchemeProperty().addListener(apply);
        apply.invalidated(null);
        return () -> {
            chosen.removeListener(apply);
            system.colorSchemeProperty().removeListener(apply);
        };
    }

    /** Styles the app's controls in {@code theme} now, with the system's light or dark setting as it is. */
    static void apply(Theme theme) {
        Application.setUserAgentStylesheet(stylesheet(theme,
                Platform.getPreferences().getColorScheme() == ColorScheme.DARK));
    }

    static String stylesheet(Theme theme, boolean systemDark) {
        return theme.dark(systemDark) ? DARK : LIGHT;
    }
}
