package jp.nintei.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
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

    /** Applies {@code chosen} now and whenever it or the system's setting changes. */
    static void follow(ObservableValue<Theme> chosen) {
        Platform.Preferences system = Platform.getPreferences();
        Runnable apply = () -> Application.setUserAgentStylesheet(
                stylesheet(chosen.getValue(), system.getColorScheme() == ColorScheme.DARK));
        chosen.addListener(obs -> apply.run());
        system.colorSchemeProperty().addListener(obs -> apply.run());
        apply.run();
    }

    static String stylesheet(Theme theme, boolean systemDark) {
        return theme.dark(systemDark) ? DARK : LIGHT;
    }
}
