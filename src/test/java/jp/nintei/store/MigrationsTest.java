package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A released migration is frozen text: logbooks made before and after a release must carry the same schema and the
 * same triggers. Each released migration's statements are fingerprinted here; editing one — or a helper that once
 * generated one — fails this test. Add migration N+1 instead, and its fingerprint here when it is released.
 */
class MigrationsTest {

    /** SHA-256 of each released migration's statements, joined by a line with ";". */
    private static final List<String> RELEASED = List.of(
            "c19d19982c27170fe4683af64dca22219395ed1765fdb3be44a03f0d36f0d8e1",
            "3f3b883aef245951047b51824dc20f53588ec4da1224d52348d0079d6928a187",
            "c7ffe0291e0f52e5a000aef81458bb023063126a5f3ed272c2027d220e2e8c66",
            "7367d5f6ec0acf421310f1441259d4182be578dbf0b0510aa4d37d9d99f25dab",
            "f0842957a726be131ba0bb4d165b82bee11864161303af8724879142cb15b57b");

    static String fingerprint(List<String> statements) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(String.join("\n;\n", statements).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    /** The value rules the deep check and repair use are the very CHECKs of the frozen migrations (4 and 5). */
    @Test
    void theStoredValueRulesAreTheSchemasChecks(@TempDir Path dir) {
        try (Database db = Database.open(dir.resolve("nintei.db"))) {
            for (StoredValues.Rule rule : StoredValues.RULES) {
                String sql = db.read(c -> {
                    try (var st = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
                        st.setString(1, rule.table());
                        try (var rs = st.executeQuery()) {
                            return rs.next() ? rs.getString(1) : "";
                        }
                    }
                });
                assertTrue(sql.contains("CHECK (" + rule.valid() + ")"), rule + " in " + sql);
            }
        }
    }

    @Test
    void everyMigrationIsReleasedHere() {
        assertEquals(Migrations.ALL.size(), RELEASED.size(), "a new migration's fingerprint belongs in RELEASED");
    }

    @Test
    void releasedMigrationsAreFrozenText() throws Exception {
        for (int i = 0; i < RELEASED.size(); i++) {
            assertEquals(RELEASED.get(i), fingerprint(Migrations.ALL.get(i)),
                    "migration " + (i + 1) + " was released: never edit it, add the next one");
        }
    }
}
