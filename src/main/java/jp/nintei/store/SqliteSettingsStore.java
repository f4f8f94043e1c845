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
                String name = rs.getString("key");
                var key = SettingKey.fromKey(name);
                if (key.isPresent()) {
                    settings = key.get().parseInto(settings, rs.getString("value"));
                } else if (name.startsWith(SettingKey.ENTERED)) {
                    String requirement = name.substring(SettingKey.ENTERED.length());
                    settings = settings.withEntered(requirement, SettingKey.parseEntered(name, rs.getString("value")));
                }
            }
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
