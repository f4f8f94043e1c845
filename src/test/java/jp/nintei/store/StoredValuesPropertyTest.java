package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.nintei.csv.CsvImporter;
import jp.nintei.csv.CsvKind;
import jp.nintei.csv.ImportException;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Message;
import jp.nintei.domain.SettingKey;
import jp.nintei.domain.Settings;
import jp.nintei.domain.TimeFormats;
import jp.nintei.domain.ValueException;
import jp.nintei.domain.Values;
import jp.nintei.jobs.JobsPresenter;
import jp.nintei.messages.MessagesPresenter;
import jp.nintei.settings.SettingsPresenter;
import jp.nintei.ui.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same random values, fed to every door of the product — the CSV import, the forms, {@code set}, the records, the
 * logbook's CHECK constraints and the deep check — must be accepted by all of them or refused by all of them
 * (data safety, round three, item 2). A value one door accepts and another refuses is how a logbook got called
 * damaged the morning after an import.
 */
class StoredValuesPropertyTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @TempDir
    Path dir;
    Fixture fx;
    Connection raw;
    final Random random = new Random(20261202);

    @BeforeEach
    void setUp() throws SQLException {
        fx = new Fixture(dir);
        raw = new SQLiteConfig().createConnection("jdbc:sqlite:" + dir.resolve("nintei.db"));
    }

    @AfterEach
    void tearDown() throws SQLException {
        raw.close();
        fx.close();
    }

    // ---- times

    String someTime() {
        String[] years = {"1969", "1970", "2026", "2999", "3000", String.valueOf(1960 + random.nextInt(1100))};
        String year = years[random.nextInt(years.length)];
        String month = "%02d".formatted(random.nextInt(14));
        String day = "%02d".formatted(random.nextInt(33));
        String time = "%02d:%02d:%02d".formatted(random.nextInt(26), random.nextInt(61), random.nextInt(61));
        String[] offsets = {"Z", "+09:00", "-05:00", "+18:00", "-18:00", "+18:01", "+19:00", "+09:00:30", "-00:00",
            "+05:45", "+14:00", "+00:00", ""};
        String offset = offsets[random.nextInt(offsets.length)];
        return switch (random.nextInt(4)) {
            case 0 -> year + "-" + month + "-" + day + "T" + time + offset;
            case 1 -> year + "-" + month + "-" + day + " " + time.substring(0, 5);
            case 2 -> year + "/" + Integer.parseInt(month) + "/" + Integer.parseInt(day) + " " + Integer.parseInt(
                    time.substring(0, 2)) + time.substring(2, 5);
            default -> year + "-" + month + "-" + day + "T" + time;
        };
    }

    @Test
    void aTimeIsAcceptedByEveryDoorOrByNone() throws Exception {
        MessagesPresenter form = new MessagesPresenter(fx.session, fx.dialogs);
        int accepted = 0;
        for (int i = 0; i < 700; i++) {
            String text = someTime();
            boolean byCsv = csvAccepts(CsvKind.MESSAGES, "received_at", text);
            form.receivedAt.textProperty().set(text);
            boolean byForm = form.receivedAt.error().isEmpty();
            boolean byRecord;
            OffsetDateTime parsed = null;
            try {
                parsed = new Message(0, "", TimeFormats.instant("received_at", text, TOKYO), null, false, "")
                        .receivedAt();
                byRecord = true;
            } catch (ValueException e) {
                byRecord = false;
            }
            assertEquals(byCsv, byForm, "CSV and form on '" + text + "'");
            assertEquals(byCsv, byRecord, "CSV and record on '" + text + "'");
            if (parsed != null) {
                accepted++;
                assertEquals(true, sqlAcceptsInstant(parsed.toInstant().toString(), parsed.getOffset().getId()),
                        "what the record accepts, the logbook's checks accept: '" + text + "'");
            }
        }
        assertEquals(true, accepted > 50 && accepted < 650, "both kinds were tried: " + accepted);
    }

    /** The stored form of instants, random and at the edges: SQLite's rules and Java's reading agree. */
    @Test
    void storedInstantsReadInJavaExactlyWhenTheLogbookAcceptsThem() throws Exception {
        for (int i = 0; i < 700; i++) {
            OffsetDateTime t = OffsetDateTime.of(1969 + random.nextInt(1033), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60), 0,
                    ZoneOffset.ofTotalSeconds(Math.max(-64800, Math.min(64800, (random.nextInt(37) - 18) * 3600
                            + (random.nextBoolean() ? 0 : random.nextInt(60) * (random.nextBoolean() ? 60 : 1))))));
            String instant = random.nextInt(10) == 0 ? mangle(t.toInstant().toString()) : t.toInstant().toString();
            String offset = t.getOffset().getId();
            boolean byJava = TimeFormats.stored(instant, offset).isPresent(); // how the store reads a row
            assertEquals(byJava, sqlAcceptsInstant(instant, offset), instant + " " + offset);
        }
    }

    // ---- dates and amounts

    String someDate() {
        String[] years = {"1969", "1970", "2026", "2999", "3000", String.valueOf(1960 + random.nextInt(1100))};
        String y = years[random.nextInt(years.length)];
        int m = random.nextInt(14);
        int d = random.nextInt(33);
        return random.nextBoolean() ? "%s-%02d-%02d".formatted(y, m, d) : "%s/%d/%d".formatted(y, m, d);
    }

    @Test
    void aDateIsAcceptedByEveryDoorOrByNone() throws Exception {
        JobsPresenter form = new JobsPresenter(fx.session, fx.dialogs);
        form.title.textProperty().set("a job");
        for (int i = 0; i < 700; i++) {
            String text = someDate();
            boolean byCsv = csvAccepts(CsvKind.JOBS, "ordered_on", text);
            form.orderedOn.textProperty().set(text);
            boolean byForm = form.orderedOn.error().isEmpty();
            LocalDate parsed = null;
            try {
                parsed = new Job(0, "a job", "", "", TimeFormats.date("ordered_on", text), JobStatus.IN_PROGRESS, null,
                        null, false, "").orderedOn();
            } catch (ValueException e) {
                // refused
            }
            assertEquals(byCsv, byForm, "CSV and form on '" + text + "'");
            assertEquals(byCsv, parsed != null, "CSV and record on '" + text + "'");
            String stored = parsed != null ? parsed.toString() : text.replace('/', '-');
            boolean byJava;
            try {
                Values.date("ordered_on", LocalDate.parse(stored));
                byJava = true;
            } catch (RuntimeException e) {
                byJava = false;
            }
            assertEquals(byJava, sqlAccepts("job", "ordered_on", stored), "stored '" + stored + "'");
        }
    }

    @Test
    void anAmountIsAcceptedByEveryDoorOrByNone() throws Exception {
        JobsPresenter form = new JobsPresenter(fx.session, fx.dialogs);
        long[] edges = {-1, 0, 1, Values.MAX_YEN, Values.MAX_YEN + 1, Long.MAX_VALUE};
        for (int i = 0; i < 500; i++) {
            long yen = random.nextInt(3) == 0 ? edges[random.nextInt(edges.length)]
                    : (long) (random.nextDouble() * 2 * Values.MAX_YEN);
            String text = switch (random.nextInt(3)) {
                case 0 -> Long.toString(yen);
                case 1 -> "¥" + String.format("%,d", yen);
                default -> String.format("%,d", yen);
            };
            boolean byCsv = csvAccepts(CsvKind.JOBS, "amount_jpy", text);
            form.amount.textProperty().set(text);
            assertEquals(byCsv, form.amount.error().isEmpty(), "CSV and form on '" + text + "'");
            boolean byRecord;
            try {
                Values.yen("amount_jpy", yen);
                byRecord = true;
            } catch (ValueException e) {
                byRecord = false;
            }
            assertEquals(byRecord, sqlAccepts("job", "amount_jpy", yen), "stored " + yen);
            if (byCsv) {
                assertEquals(true, byRecord, "what the CSV accepts the record keeps: '" + text + "'");
            }
        }
    }

    /** The earnings cutoff: set, the Settings field and the stored setting read back. */
    @Test
    void aCutoffIsAcceptedByEveryDoorOrByNone() {
        SettingsPresenter form = new SettingsPresenter(fx.session, locale -> { });
        String[] values = {"0", "1", "42,000", "¥42,000", "999999999999", "1000000000000", "-5", "1e5", "4.5", "",
            "12万", "00042"};
        for (String text : values) {
            boolean bySet;
            try {
                SettingKey.EARNINGS_CUTOFF.parseInto(Settings.EMPTY, text);
                bySet = true;
            } catch (ValueException e) {
                bySet = false;
            }
            form.cutoff.textProperty().set(text);
            assertEquals(bySet, form.cutoff.error().isEmpty(), "set and the Settings field on '" + text + "'");
            if (bySet) {
                Settings stored = SettingKey.EARNINGS_CUTOFF.parseInto(Settings.EMPTY, text);
                assertEquals(stored, SqliteSettingsStore.parse(Settings.EMPTY, "earnings.cutoff",
                        SettingKey.EARNINGS_CUTOFF.format(stored)), "what is stored reads back: '" + text + "'");
            }
        }
    }

    // ---- the doors

    boolean csvAccepts(CsvKind<?> kind, String column, String value) throws Exception {
        String header = kind == CsvKind.JOBS ? "title,ordered_on,status,amount_jpy" : "received_at";
        String row = kind == CsvKind.JOBS
                ? "a job," + (column.equals("ordered_on") ? value : "2026-01-01") + ",in_progress,\""
                    + (column.equals("amount_jpy") ? value : "") + "\""
                : "\"" + value + "\"";
        Path file = dir.resolve("door.csv");
        Files.writeString(file, header + "\n" + row + "\n", StandardCharsets.UTF_8);
        try {
            new CsvImporter(TOKYO).read(file, kind);
            return true;
        } catch (ImportException e) {
            return false;
        }
    }

    boolean sqlAcceptsInstant(String instant, String offset) throws SQLException {
        return logbookAccepts("INSERT INTO message (received_at, received_offset) VALUES (?, ?)", instant, offset);
    }

    boolean sqlAccepts(String table, String column, Object value) throws SQLException {
        return logbookAccepts("INSERT INTO job (title, ordered_on, status, amount_jpy) VALUES ('a', ?, 'in_progress', ?)",
                column.equals("ordered_on") ? value : "2026-01-01", column.equals("amount_jpy") ? value : null);
    }

    /** Whether the logbook's CHECK constraints take the row — and the deep check agrees on it, written behind them. */
    boolean logbookAccepts(String sql, Object... args) throws SQLException {
        boolean checked = tryInsert(sql, args);
        try (Statement st = raw.createStatement()) {
            st.execute("PRAGMA ignore_check_constraints = 1");
        }
        try {
            insert(sql, args);
            assertEquals(checked, deepCheckPasses(), "the CHECK constraint and the deep check on " + Arrays.toString(args));
        } finally {
            try (Statement st = raw.createStatement()) {
                st.execute("PRAGMA ignore_check_constraints = 0");
                st.execute("DELETE FROM job");
                st.execute("DELETE FROM message");
            }
        }
        return checked;
    }

    private boolean tryInsert(String sql, Object... args) throws SQLException {
        try {
            insert(sql, args);
            return true;
        } catch (SQLException e) {
            if (e.getMessage().contains("CHECK constraint failed")) {
                return false;
            }
            throw e;
        } finally {
            try (Statement st = raw.createStatement()) {
                st.execute("DELETE FROM message");
                st.execute("DELETE FROM job");
            }
        }
    }

    private void insert(String sql, Object... args) throws SQLException {
        try (PreparedStatement st = raw.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            st.executeUpdate();
        }
    }

    private boolean deepCheckPasses() throws SQLException {
        try (Statement st = raw.createStatement(); ResultSet rs = st.executeQuery(StoredValues.firstBadRow(raw))) {
            return !rs.next();
        }
    }

    private String mangle(String instant) {
        List<String> ways = new ArrayList<>(List.of(instant.replace("Z", "+09:00"), instant.replace("T", " "),
                instant.substring(0, instant.length() - 1), instant.replace("-", "/"), instant + "Z"));
        return ways.get(random.nextInt(ways.size()));
    }
}
