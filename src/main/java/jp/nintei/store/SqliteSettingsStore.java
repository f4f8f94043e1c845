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
                var key = SettingKey.fromKey(rs.getString("key"));
                if (key.isPresent()) {
                    settings = key.get().parseInto(settings, rs.getString("value"));
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
                st.executeBatch();
            }
            return null;
        });
    }
}
