package jp.nintei.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.nintei.ui.LogbookSession;

/** First run, on the dashboard's welcome card: which program to measure by, with a sentence on each. */
public final class ProgramChoice {

    private final LogbookSession session;

    ProgramChoice(LogbookSession session) {
        this.session = session;
    }

    /** The programs to choose from (id → name in the app's language), built-in first. */
    public Map<String, String> choices() {
        String language = session.l10n().locale().getLanguage();
        Map<String, String> choices = new LinkedHashMap<>();
        session.shown().stateProperty().get().profiles().profiles().forEach(p -> choices.put(p.id(), p.name(language)));
        return choices;
    }

    /** The id of the program the logbook is measured by. */
    public String chosen() {
        return session.shown().stateProperty().get().progress().profile().id();
    }

    /** A sentence on the program: who it is for, and that the platform may change it. */
    public String about(String id) {
        var profiles = session.shown().stateProperty().get().profiles();
        return profiles.findOrDefault(id).about(session.l10n().locale().getLanguage());
    }

    /** Measure by {@code id} from now on (Settings can change it later; Undo takes it back). */
    public void choose(String id) {
        var settings = session.shown().stateProperty().get().settings();
        if (!settings.profile().equals(id)) {
            session.saveSettings(settings.withProfile(id));
        }
    }
}
