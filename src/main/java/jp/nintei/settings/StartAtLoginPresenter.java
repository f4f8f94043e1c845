package jp.nintei.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import jp.nintei.app.Autostart;
import jp.nintei.ui.LogbookSession;

/**
 * Settings → "Start Nintei when I log in": the checkbox shows whether the system's autostart entry is there, and
 * writes or removes it off the FX thread when ticked. Only the installed app has a program to start; under
 * {@code java -jar} the checkbox is off and disabled, and says so.
 */
public final class StartAtLoginPresenter {

    public final BooleanProperty on = new SimpleBooleanProperty();
    private final Optional<Autostart> autostart;
    private final LogbookSession session;
    /** True while the box shows what the system holds, not what the user asked for: no write then. */
    private boolean showing;

    public StartAtLoginPresenter(LogbookSession session, Optional<Autostart> autostart) {
        this.session = session;
        this.autostart = autostart;
        autostart.ifPresent(a -> session.run(w -> held(a, null), this::show, "status.failed"));
        on.addListener((obs, old, now) -> {
            if (!showing) {
                autostart.ifPresent(a -> session.run(w -> held(a, now), this::show, "status.startAtLoginFailed"));
            }
        });
    }

    /** Whether there is an installed program to start at login. */
    public boolean available() {
        return autostart.isPresent();
    }

    /** Sets the entry ({@code wanted} not null), then reads what the system holds; off the FX thread. */
    private static boolean held(Autostart autostart, Boolean wanted) {
        try {
            if (wanted != null) {
                autostart.set(wanted);
            }
            return autostart.isOn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void show(boolean held) {
        showing = true;
        on.set(held);
        showing = false;
    }
}
