package jp.nintei.store;

import jp.nintei.domain.Settings;

/** The user's settings (earnings cutoff and category, verification checks). */
public interface SettingsStore {
    Settings load();

    void save(Settings settings);
}
