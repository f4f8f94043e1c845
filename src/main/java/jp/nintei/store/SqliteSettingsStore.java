package jp.nintei.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Connection;
import jp.nintei.domain.SettingKey;
import jp.nintei.domain.Settings;

/** Settings as key / value rows, keyed by the names of {@link SettingKey}. */
final class SqliteSettingsStore implements SettingsStore {

    private final Database db;

    SqliteSettingsStore(Database db) {
        this.db = db;
    }

    @Override
    public Settings load() {
        return db.read(SqliteSettingsStore::load);
    }

    static Settings load(Connection c) throws SQLException {
        Settings settings = Settings.EMPTY;
        try (PreparedStatement st = c.prepareStatement("SELECT key, value FROM setting");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                settings = parse(settings, rs.getString("key"), rs.getString("value"));
            }
        }
        return settings;
    }

    /** {@code settings} with the stored row {@code name = value} read into it; the rules of every door apply. */
    static Settings parse(Settings settings, String name, String value) {
        var key = SettingKey.fromKey(name);
        if (key.isPresent()) {
            return key.get().parseInto(settings, value);
        }
        if (name.startsWith(SettingKey.ENTERED)) {
            return settings.withEntered(name.substring(SettingKey.ENTERED.length()),
                    SettingKey.parseEntered(name, value));
        }
        return settings;
    }

    @Override
    public void save(Settings settings) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                for (SettingKey key : SettingKey.values()) {
                    st.setString(1, key.key());
                    st.setString(2, key.format(settings));
                    st.addBatch();
                }
                for (var entered : settings.entered().entrySet()) {
                    st.setString(1, SettingKey.ENTERED + entered.getKey());
                    st.setString(2, entered.getValue().toPlainString());
                    st.addBatch();
                }
                st.executeBatch();
            }
            // an entered value cleared: its row goes
            try (PreparedStatement st = c.prepareStatement("SELECT key FROM setting WHERE key LIKE 'entered.%'");
                 ResultSet rs = st.executeQuery();
                 PreparedStatement delete = c.prepareStatement("DELETE FROM setting WHERE key = ?")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (!settings.entered().containsKey(name.substring(SettingKey.ENTERED.length()))) {
                        delete.setString(1, name);
                        delete.addBatch();
                    }
                }
                delete.executeBatch();
            }
            return null;
        });
    }
}
