package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewRating;
import jp.nintei.ui.FittedColumns;
import jp.nintei.ui.Theme;
import org.testfx.util.WaitForAsyncUtils;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Message;
import jp.nintei.store.LogbookStore;
import jp.nintei.ui.Localization;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The smallest window Nintei supports, 1024×640: on every screen, in both languages, every action (button, check box,
 * link, field, choice, table column) lies inside the window — or inside a pane that scrolls up and down — and none
 * needs a horizontal scroll to be reached. Every screen is then pictured in both themes at 1024×640 and 1366×768
 * (target/small-window/), and every picture holds only the theme's colours and blends of two of them
 * ({@link Palette}): a hard-coded colour, or a part the theme does not restyle, fails it.
 */
class SmallWindowTest extends AppWindowTestBase {

    static final double WIDTH = 1024;
    static final double HEIGHT = 640;
    /** A common laptop screen: every screen is pictured there too. */
    static final double LAPTOP_WIDTH = 1366;
    static final double LAPTOP_HEIGHT = 768;
    private Stage stage;
    /** A colour outside the theme's palette on fewer pixels than this is taken for an edge's blend of blends. */
    static final int MIN_PIXELS = 12;
    private Palette lightPalette;
    private Palette darkPalette;
    private final List<String> offPalette = new ArrayList<>();
    private static final String GREY_TEXT = "data:text/css,.text%7B-fx-font-smoothing-type:gray;%7D";

    @Override
    void seed(LogbookStore store) {
        // an overdue and a waiting message, so the Replies due list shows its buttons
        OffsetDateTime now = OffsetDateTime.now();
        store.messages().addAll(List.of(new Message(0, "株式会社ウェブ工房", now.minusHours(30), null, false, "次回の構成案"),
                new Message(0, "田中様", now.minusHours(2), null, false, "")));
        store.jobs().add(new Job(0, "翻訳", "A社", "記事作成", LocalDate.now().minusDays(60), JobStatus.COMPLETED,
                LocalDate.now().minusDays(50), 42_000L, false, ""));
        // the widest values a cell shows: a day of another year, the longest status word, a large amount, a mark
        store.jobs().add(new Job(0, "ロゴデザイン一式 (名刺・封筒を含む)", "株式会社ウェブ工房", "デザイン",
                LocalDate.now().minusYears(1).withMonth(12).withDayOfMonth(28), JobStatus.IN_PROGRESS, null,
                12_345_678L, true, ""));
        // 4.75 against 4.8: the near-miss badge, the longest a card shows
        store.reviews().addAll(List.of(new Review(0, "A社", LocalDate.now().minusDays(10),
                        ReviewRating.STARS_5, ""),
                new Review(0, "A社", LocalDate.now().minusDays(9), ReviewRating.STARS_5, ""),
                new Review(0, "A社", LocalDate.now().minusDays(8), ReviewRating.STARS_4, ""),
                new Review(0, "A社", LocalDate.now().minusDays(7), ReviewRating.STARS_5, "")));
        store.messages().add(new Message(0, "株式会社ウェブ工房", now.minusYears(1).withMonth(12).withDayOfMonth(28),
                now.minusYears(1).withMonth(12).withDayOfMonth(29), true, "見積もり"));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
    }

    @Test
    void everyActionOfEveryScreenIsReachableAt1024x640InJapanese(FxRobot robot) throws Exception {
        checkEveryScreen(robot);
    }

    @Test
    void everyActionOfEveryScreenIsReachableAt1024x640InEnglish(FxRobot robot) throws Exception {
        robot.interact(() -> window.session().l10n().setLocale(Locale.ENGLISH));
        checkEveryScreen(robot);
    }

    private void checkEveryScreen(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#pendingList").queryListView().getItems().size() == 2);
        // the size asked for, not the remembered one: the window's bounds are restored before it is shown
        assertEquals(WIDTH, stage.getWidth(), 0.5);
        assertEquals(HEIGHT, stage.getHeight(), 0.5);
        List<String> problems = new ArrayList<>();
        for (String nav : new String[] {"#navDashboard", "#navJobs", "#navMessages", "#navReviews", "#navSettings"}) {
            robot.clickOn(nav);
            robot.interact(() -> { });
            waitUntil(() -> true);
            Parent root = stage.getScene().getRoot();
            settle(robot, root);
            problems.addAll(unreachable(root, nav));
            problems.addAll(cutText(root, nav));
            problems.addAll(searchOffersOnlyItsColumns(root, nav));
            saveSnapshot(robot, nav.substring(4));
            // the same screen in the dark theme: nothing cut, and a picture beside the light one
            robot.interact(() -> window.themeForThisRun(Theme.DARK));
            settle(robot, root);
            problems.addAll(cutText(root, nav + " (dark)"));
            saveSnapshot(robot, nav.substring(4) + "-dark");
            robot.interact(() -> window.themeForThisRun(Theme.LIGHT));
        }
        // a sorted column's header shows its arrow too, and still its whole name
        for (String screen : new String[] {"#navJobs", "#navMessages", "#navReviews"}) {
            robot.clickOn(screen);
            TableView<?> table = (TableView<?>) stage.getScene().getRoot().lookupAll(".table-view").stream()
                    .filter(SmallWindowTest::shown).findFirst().orElseThrow();
            for (int i = 0; i < table.getColumns().size(); i++) {
                int index = i;
                robot.interact(() -> sortBy(table, index));
                settle(robot, stage.getScene().getRoot());
                problems.addAll(cutText(stage.getScene().getRoot(), screen + " sorted by "
                        + table.getColumns().get(index).getText()));
            }
            robot.interact(() -> table.getSortOrder().clear());
        }
        // the longest empty hint: a search that matches no job
        robot.clickOn("#navJobs");
        robot.interact(() -> robot.lookup("#jobsSearch").queryAs(TextField.class)
                .setText("該当なし-none"));
        waitUntil(() -> robot.lookup("#jobsTable").queryTableView().getItems().isEmpty());
        settle(robot, stage.getScene().getRoot());
        problems.addAll(cutText(stage.getScene().getRoot(), "#navJobs (nothing found)"));
        robot.interact(() -> robot.lookup("#jobsSearch").queryAs(TextField.class).setText(""));
        // the common laptop size as well: nothing cut there either, and a picture of every screen in both themes
        robot.interact(() -> {
            stage.setWidth(LAPTOP_WIDTH);
            stage.setHeight(LAPTOP_HEIGHT);
        });
        for (String nav : new String[] {"#navDashboard", "#navJobs", "#navMessages", "#navReviews", "#navSettings"}) {
            robot.clickOn(nav);
            Parent root = stage.getScene().getRoot();
            settle(robot, root);
            problems.addAll(cutText(root, nav + " at 1366×768"));
            saveSnapshot(robot, nav.substring(4) + "-1366");
            robot.interact(() -> window.themeForThisRun(Theme.DARK));
            settle(robot, root);
            problems.addAll(cutText(root, nav + " at 1366×768 (dark)"));
            saveSnapshot(robot, nav.substring(4) + "-1366-dark");
            robot.interact(() -> window.themeForThisRun(Theme.LIGHT));
        }
        robot.interact(() -> {
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        assertTrue(problems.isEmpty(), "not reachable at " + WIDTH + "×" + HEIGHT + ":\n" + String.join("\n", problems));
        // every pixel of every picture is a colour of the theme, or a blend of two (it found ControlsFX's yellow stars)
        assertEquals(List.of(), offPalette, "colours outside the theme's palette");
    }

    /** target/small-window/SCREEN-LANG.png: to look at. */
    private void saveSnapshot(FxRobot robot, String screen) throws Exception {
        AtomicReference<WritableImage> image =
                new AtomicReference<>();
        // text drawn in grey, not LCD colour fringes: every pixel is then the text's colour over its background
        robot.interact(() -> {
            stage.getScene().getStylesheets().add(GREY_TEXT);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            image.set(stage.getScene().snapshot(null));
            stage.getScene().getStylesheets().remove(GREY_TEXT);
        });
        boolean dark = screen.contains("dark");
        Palette palette = dark ? darkPalette : lightPalette;
        if (palette == null) {
            AtomicReference<Palette> read = new AtomicReference<>();
            robot.interact(() -> {
                try {
                    read.set(Palette.ofTheme(dark ? Themes.DARK : Themes.LIGHT));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            palette = read.get();
            if (dark) {
                darkPalette = palette;
            } else {
                lightPalette = palette;
            }
        }
        for (String colour : palette.outside(image.get(), MIN_PIXELS)) {
            offPalette.add(screen + " " + window.session().l10n().locale().getLanguage() + ": " + colour);
        }
        Path file = Path.of("target/small-window", screen + "-"
                + window.session().l10n().locale().getLanguage() + ".png"); // Dashboard-ja.png, Jobs-dark-en.png
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(DashboardScreenshotTest.toBufferedImage(image.get()), "png",
                file.toFile());
    }

    private List<String> unreachable(Parent root, String screen) {
        List<String> problems = new ArrayList<>();
        double w = stage.getScene().getWidth();
        double h = stage.getScene().getHeight();
        for (Node node : actions(root)) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            ScrollPane scroll = scrollingAncestor(node);
            String name = screen + " " + describe(node);
            Node cutBy = cuttingAncestor(node, scroll);
            if (cutBy != null) {
                problems.add(name + " is cut off by " + describe(cutBy));
            }
            if (scroll != null) {
                Bounds view = scroll.localToScene(scroll.getLayoutBounds());
                Node content = scroll.getContent();
                Bounds inContent = content.sceneToLocal(b);
                double viewportWidth = scroll.getViewportBounds().getWidth();
                if (inContent.getMinX() < -0.5 || inContent.getMaxX() > viewportWidth + 0.5) {
                    problems.add(name + " needs a horizontal scroll (x " + round(inContent.getMinX()) + "–"
                            + round(inContent.getMaxX()) + " in a view " + round(viewportWidth) + " wide)");
                }
                b = view; // reached by scrolling up and down: the pane itself must be in the window
            }
            if (b.getMinX() < -0.5 || b.getMaxX() > w + 0.5 || b.getMinY() < -0.5 || b.getMaxY() > h + 0.5) {
                problems.add(name + " is outside the window (" + round(b.getMinX()) + "," + round(b.getMinY()) + "–"
                        + round(b.getMaxX()) + "," + round(b.getMaxY()) + ")");
            }
            if (node instanceof TableView<?> table) {
                double columns = 0;
                for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
                    columns += column.getWidth();
                }
                if (columns > table.getWidth() + 0.5) {
                    problems.add(name + ": its columns (" + round(columns) + ") do not fit its width ("
                            + round(table.getWidth()) + "): " + table.getVisibleLeafColumns().stream()
                            .map(c -> c.getText() + " " + round(c.getWidth())).toList());
                }
            }
        }
        return problems;
    }

    /**
     * Text that shows cut ("2026-12-02 0…", "Sta…"): in a column header, in the cell of a column that must show whole
     * (a date, a time, a status, an amount, a mark), or in a table's empty hint.
     */
    /**
     * Lays the window out until it holds still, as the next pulses would: a layout can itself change a text (a
     * wrapped Japanese label keeps its last characters together when its width is known), which asks for another.
     */
    private static void settle(FxRobot robot, Parent root) {
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> {
                root.applyCss();
                root.layout();
            });
            // texts that break their lines by hand for their width (NoOrphans) do so on a later pulse
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static List<String> cutText(Parent root, String screen) {
        List<String> problems = new ArrayList<>();
        for (Node card : root.lookupAll(".gauge-card")) {
            if (shown(card)) {
                for (Node label : card.lookupAll(".label")) {
                    problems.addAll(cut(screen + " " + card.getId(), label));
                }
            }
        }
        for (Node form : root.lookupAll(".form")) { // a form's labels name their fields whole (they may wrap)
            if (shown(form)) {
                for (Node label : form.lookupAll(".label")) {
                    if (label instanceof Label && shown(label)) {
                        problems.addAll(cut(screen + " form", label));
                    }
                }
            }
        }
        for (Node node : root.lookupAll(".button")) { // every button says its whole name ("削除(D)…", not "削除(...")
            if (node instanceof Button && shown(node) && !insideTable(node)) {
                problems.addAll(cut(screen + " button", node));
            }
        }
        for (Node node : root.lookupAll(".table-view")) {
            if (!(node instanceof TableView<?> table) || !shown(node)) {
                continue;
            }
            for (Node header : table.lookupAll(".column-header .label")) {
                problems.addAll(cut(screen + " column header", header));
            }
            for (Node cell : table.lookupAll(".table-cell")) {
                if (cell instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && c.getTableColumn().getStyleClass().contains(FittedColumns.FITTED)) {
                    problems.addAll(cut(screen + " cell of " + c.getTableColumn().getText(), cell));
                }
            }
            if (table.getItems().isEmpty() && table.getPlaceholder() != null) {
                problems.addAll(cut(screen + " empty hint", table.getPlaceholder()));
            }
        }
        return problems;
    }

    /** A search box's hint names only fields its screen has (no "title" on Messages). */
    private List<String> searchOffersOnlyItsColumns(Parent root, String screen) {
        List<String> problems = new ArrayList<>();
        TableView<?> table = (TableView<?>) root.lookupAll(".table-view").stream().filter(SmallWindowTest::shown)
                .findFirst().orElse(null);
        TextInputControl search = table == null ? null : (TextInputControl) table.getParent().lookup(".text-field");
        if (search == null) {
            return problems;
        }
        // the fields the screen names: its columns and its form's labels
        List<String> headers = new ArrayList<>(table.getColumns().stream()
                .map(c -> c.getText().toLowerCase(Locale.ROOT)).toList());
        table.getParent().getParent().lookupAll(".label").stream()
                .filter(n -> n instanceof Labeled l && l.getText() != null)
                .forEach(n -> headers.add(((Labeled) n).getText().toLowerCase(Locale.ROOT)));
        for (String key : new String[] {"column.title", "column.client", "column.note", "column.comment",
                "column.category"}) {
            String word = window.session().l10n().text(key).toLowerCase(Locale.ROOT);
            if (search.getPromptText().toLowerCase(Locale.ROOT).contains(word) && !headers.contains(word)) {
                problems.add(screen + " search offers \"" + word + "\", which its table does not have");
            }
        }
        return problems;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortBy(TableView table, int column) {
        table.getSortOrder().setAll(List.of(table.getColumns().get(column)));
    }

    /** Visible, and so are all its parents. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideTable(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TableView || n instanceof ListView) {
                return true;
            }
        }
        return false;
    }

    private static List<String> cut(String where, Node node) {
        if (node instanceof Labeled labeled && labeled.isVisible() && labeled.getText() != null
                && !labeled.getText().isEmpty()
                && labeled.lookup(".text") instanceof Text shown
                && !shown.getText().replace("\n", "").equals((labeled.isMnemonicParsing() // a wrapped line is not cut
                        ? labeled.getText().replaceFirst("_(?=.)", "") : labeled.getText()).replace("\n", ""))) {
            return List.of(where + " shows \"" + shown.getText() + "\" of \"" + labeled.getText() + "\"");
        }
        return List.of();
    }

    /** The controls a user acts on, shown on the screen (visible with all their parents). */
    private static List<Node> actions(Parent root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase
                || node instanceof ChoiceBox || node instanceof TableView) {
            if (!(node.getParent() instanceof ComboBoxBase)) { // a combo box's own editor and arrow
                found.add(node);
            }
            if (node instanceof TableView || node instanceof ComboBoxBase) {
                return;
            }
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), found);
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    /**
     * The first container (below the scrolling pane, if any) that the node sticks out of: what is drawn outside a
     * list cell, a table or a card is cut off.
     */
    private static Node cuttingAncestor(Node node, ScrollPane scroll) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        Node stop = scroll == null ? null : scroll.getContent();
        for (Node p = node.getParent(); p != null && p != stop; p = p.getParent()) {
            if (p instanceof Region || p instanceof Control) {
                Bounds a = p.localToScene(p.getLayoutBounds());
                if (b.getMinX() < a.getMinX() - 1 || b.getMaxX() > a.getMaxX() + 1
                        || b.getMinY() < a.getMinY() - 1 || b.getMaxY() > a.getMaxY() + 1) {
                    return p;
                }
            }
        }
        return null;
    }

    private static ScrollPane scrollingAncestor(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text;
    }

    private static long round(double v) {
        return Math.round(v);
    }
}
