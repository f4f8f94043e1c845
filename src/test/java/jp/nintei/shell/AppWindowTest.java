package jp.nintei.shell;

import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.TextField;
import jp.nintei.ui.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.nintei.cli.Cli;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Message;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real window driven by robot clicks and keystrokes only. */
class AppWindowTest extends AppWindowTestBase {

    @Override
    void seed(LogbookStore store) {
        // Four on-time replies a month ago: one more makes the reply rate count (it needs 5 replies).
        List<Message> messages = new ArrayList<>();
        OffsetDateTime received = OffsetDateTime.now().minusDays(30);
        for (int i = 0; i < 4; i++) {
            messages.add(new Message(0, "client " + i, received, received.plusHours(2), false, ""));
        }
        store.messages().addAll(messages);
        store.jobs().add(new Job(0, "翻訳", "A社", "", LocalDate.now().minusDays(60), JobStatus.COMPLETED,
                LocalDate.now().minusDays(50), 42_000L, false, ""));
    }

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    /** The icons are decoded beside the FX thread and given to the window as each is ready: all seven come, once. */
    @Test
    void theWindowHasNinteisIconInEverySize() throws Exception {
        waitUntil(() -> stage.getIcons().size() == 7);
        assertEquals(java.util.Set.of(16.0, 32.0, 48.0, 64.0, 128.0, 256.0, 512.0),
                stage.getIcons().stream().map(javafx.scene.image.Image::getWidth).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void loggingAMessageAndAReplyWithShortcutsChangesTheReplyGauge(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#gauge-reply_rate .gauge-advice").equals("あと1件、24時間以内に返信"));
        assertEquals("件数不足: 5件中4件", text(robot, "#gauge-reply_rate .gauge-badge"));

        robot.push(KeyCode.SHORTCUT, KeyCode.M);
        waitUntil(() -> robot.lookup("#pendingList").queryListView().getItems().size() == 1);
        robot.push(KeyCode.SHORTCUT, KeyCode.R);

        waitUntil(() -> text(robot, "#gauge-reply_rate .gauge-badge").equals("✓ 達成"));
        assertEquals("100.0%", text(robot, "#gauge-reply_rate .gauge-value"));
        assertTrue(robot.lookup("#pendingList").queryListView().getItems().isEmpty());
        assertTrue(text(robot, "#statusLabel").startsWith("返信を記録しました"), text(robot, "#statusLabel"));
        assertEquals(5, store.messages().all().stream().filter(m -> m.repliedAt() != null).count());

        // a reply changes the reply card only, in place: every card stays the same node (its focus, its layout)
        Node reply = robot.lookup("#gauge-reply_rate").query();
        Node rating = robot.lookup("#gauge-rating").query();
        String ratingSaid = rating.getAccessibleText();
        String replySaid = reply.getAccessibleText();
        robot.push(KeyCode.SHORTCUT, KeyCode.M);
        waitUntil(() -> robot.lookup("#pendingList").queryListView().getItems().size() == 1);
        assertTrue(robot.lookup("#gauge-rating").query() == rating, "an unchanged gauge keeps its card");
        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        waitUntil(() -> robot.lookup("#pendingList").queryListView().getItems().isEmpty());
        waitUntil(() -> !replySaid.equals(reply.getAccessibleText()));
        assertTrue(robot.lookup("#gauge-rating").query() == rating);
        assertEquals(ratingSaid, rating.getAccessibleText());
        assertTrue(robot.lookup("#gauge-reply_rate").query() == reply, "a changed gauge is shown in the same card");
        assertTrue(reply.getAccessibleText().contains("返信6件") && replySaid.contains("返信5件"),
                replySaid + " → " + reply.getAccessibleText());
    }

    @Test
    void shortcutZTakesBackTheLastChangeAndShiftZMakesItAgain(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#gauge-reply_rate .gauge-advice").equals("あと1件、24時間以内に返信"));
        robot.push(KeyCode.SHORTCUT, KeyCode.M);
        waitUntil(() -> robot.lookup("#pendingList").queryListView().getItems().size() == 1);

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil(() -> robot.lookup("#pendingList").queryListView().getItems().isEmpty());
        assertTrue(text(robot, "#statusLabel").startsWith("元に戻しました"), text(robot, "#statusLabel"));
        assertEquals(4, store.messages().all().size());

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> robot.lookup("#pendingList").queryListView().getItems().size() == 1);
        assertTrue(text(robot, "#statusLabel").startsWith("やり直しました"), text(robot, "#statusLabel"));
        assertEquals(5, store.messages().all().size());
    }

    @Test
    void addingAJobThroughTheFormValidatesTheAmount(FxRobot robot) throws Exception {
        robot.clickOn("#navJobs");
        robot.clickOn("#titleField").write("Logo design");
        Node note = robot.lookup("#noteField").query();
        double noteY = note.localToScene(0, 0).getY();
        robot.clickOn("#amountField").write("12x");
        Label amountError = robot.lookup("#amountError").query();
        waitUntil(amountError::isVisible);
        assertEquals(noteY, note.localToScene(0, 0).getY(), 0.5, "an error appearing does not move the fields below");
        assertEquals("「12x」は0〜999,999,999,999 の円単位の整数ではありません", amountError.getText()); // as the CSV import says it
        Button save = robot.lookup("#jobSaveButton").query();
        assertTrue(save.isDisabled());

        robot.clickOn("#amountField").push(KeyCode.BACK_SPACE).write("000");
        waitUntil(() -> !save.isDisabled());
        assertTrue(!amountError.isVisible());
        robot.clickOn(save);

        TableView<?> table = robot.lookup("#jobsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);
        Job added = store.jobs().all().stream().filter(j -> j.title().equals("Logo design")).findFirst().orElseThrow();
        assertEquals(12_000L, added.amountJpy());
        assertEquals(JobStatus.IN_PROGRESS, added.status());
    }

    @Test
    void shortcutJOpensAJobFormReadyToTypeIn(FxRobot robot) throws Exception {
        robot.push(KeyCode.SHORTCUT, KeyCode.J);
        TextField title = robot.lookup("#titleField").query();
        waitUntil(title::isFocused);
        robot.write("Logo");
        waitUntil(() -> "Logo".equals(title.getText()));
        robot.push(KeyCode.SHORTCUT, KeyCode.K);
        TextField client = robot.lookup("#reviewClientField").query();
        waitUntil(client::isFocused);
    }

    @Test
    void exportWritesTheSameCsvAsTheCliSummary(FxRobot robot) throws Exception {
        Path file = dir.resolve("進捗サマリー.csv");
        dialogs.saveFile = file;
        robot.push(KeyCode.SHORTCUT, KeyCode.E);
        waitUntil(() -> Files.exists(file) && text(robot, "#statusLabel").contains(file.toString()));

        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        var out = new ByteArrayOutputStream();
        window.close(); // one Nintei per logbook: the CLI may open it once the app has closed it
        window = null;
        new Cli(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Clock.systemDefaultZone())
                .run(new String[] {"--db", dir.resolve("nintei.db").toString(), "summary"});
        String app = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String cli = out.toString(StandardCharsets.UTF_8);
        // the machine columns are the CLI's; the readable ones are in the app's language (the CLI here speaks English)
        assertEquals(firstColumns(cli, 6), firstColumns(app, 6));
        assertTrue(cli.contains("earnings,42000,,false,,"));
        assertTrue(app.contains("earnings,42000,,false,,,獲得報酬 (過去1年),\"¥42,000\",設定で目安を入力してください,"), app);
    }

    private static List<String> firstColumns(String csv, int n) {
        return csv.lines().map(line -> String.join(",", Arrays.asList(line.split(",", -1)).subList(0, n)))
                .toList();
    }

    @Test
    void switchingLanguageShowsTheDashboardInEnglish(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#overallLabel").equals("1 / 5 達成"));
        robot.clickOn("#englishLink");
        waitUntil(() -> text(robot, "#overallLabel").equals("1 / 5 requirements met"));
        assertEquals("1 more reply within 24 hours", text(robot, "#gauge-reply_rate .gauge-advice"));
        assertEquals("Dashboard", text(robot, "#navDashboard"));
        // the parts built after the gauges' frame (the replies due first) are built again in the new language
        waitUntil(() -> robot.lookup("#pendingTitle").tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText())
                .orElse("").equals("Replies due (reply within 24 hours)"));
        assertEquals(Optional.of(Localization.ENGLISH), preferences.language());
        robot.clickOn("#japaneseLink");
        waitUntil(() -> text(robot, "#overallLabel").equals("1 / 5 達成"));
    }
}
