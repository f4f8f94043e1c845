package jp.nintei.dashboard;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import jp.nintei.ui.Styles;
import javafx.scene.control.Button;
import javafx.scene.text.TextAlignment;
import jp.nintei.ui.NoOrphans;

/**
 * One requirement's card: a ring against the target, the value, the target, a met badge in words, the advice. A card
 * is made once per requirement and {@link #show shows} each new measure in place: its nodes, focus and layout stay.
 */
final class GaugeCard extends VBox {

    private static final double RADIUS = 44;
    /** The width inside the ring, less its stroke. */
    static final double INNER = 2 * RADIUS - 10;
    /** The square the ring is drawn in: the circle and its stroke. */
    private static final double DIAL = 2 * RADIUS + 12;

    private final Label title = label("gauge-title");
    private final Label window = label("gauge-window");
    private final Arc fill = arc(0);
    private final Label value = label("gauge-value");
    private final Label target = label("gauge-target");
    private final Label badge = label("gauge-badge");
    private final Label advice = label("gauge-advice");
    private final Button enter;
    /** Whether the card may offer to go to Settings for a value to enter. */
    private final boolean canOpenSettings;
    private final Label atReview = label("gauge-at-review");
    /** The words of the title, target and advice, which the labels show with no character left alone on a line. */
    private final StringProperty titleWords;
    private final StringProperty targetWords;
    private final StringProperty adviceWords;
    private final StringProperty atReviewWords;
    private Gauge shown;

    GaugeCard(Gauge gauge) {
        this(gauge, null, () -> { });
    }

    /** A card; one of a value to enter has a button that goes to Settings ({@code openSettings}). */
    GaugeCard(Gauge gauge, String openSettingsText, Runnable openSettings) {
        setId("gauge-" + gauge.requirement());
        getStyleClass().addAll(Styles.CARD, "gauge-card");
        setAlignment(Pos.TOP_CENTER);
        setSpacing(6);

        Arc track = arc(360);
        track.getStyleClass().add("gauge-track");
        fill.getStyleClass().add("gauge-fill");
        // whatever is left too wide (a billion yen) is scaled down to the inside of the ring, never cut
        value.layoutBoundsProperty().addListener((obs, old, bounds) -> {
            double scale = bounds.getWidth() > INNER ? INNER / bounds.getWidth() : 1;
            value.setScaleX(scale);
            value.setScaleY(scale);
        });
        // The arcs keep their place on a dial of fixed size: in a StackPane alone a short arc (2.5 %) is small, so it
        // would be centred as a blob over the number.
        Pane dial = new Pane(track, fill);
        dial.setMinSize(DIAL, DIAL);
        dial.setPrefSize(DIAL, DIAL);
        dial.setMaxSize(DIAL, DIAL);
        StackPane ring = new StackPane(dial, value);
        ring.getStyleClass().add("gauge-ring");

        badge.setWrapText(true); // "✗ あと少し (未達)" in a narrow card: on two lines, never cut
        badge.setTextAlignment(TextAlignment.CENTER);
        titleWords = NoOrphans.install(title);
        targetWords = NoOrphans.install(target);
        adviceWords = NoOrphans.install(advice);
        atReviewWords = NoOrphans.install(atReview); // "次の審査 (1月1日): 2 / 3 ✗" never leaves the ✗ alone
        canOpenSettings = openSettingsText != null;
        enter = new Button(openSettingsText);
        enter.getStyleClass().add("gauge-enter");
        enter.setOnAction(e -> openSettings.run());
        for (Node shownWhenSaid : new Node[] {window, enter, atReview}) {
            shownWhenSaid.managedProperty().bind(shownWhenSaid.visibleProperty());
        }
        getChildren().addAll(title, window, ring, target, badge, advice, enter, atReview);
        // a screen reader reads the card as one sentence: what, how much, against what, met or not, what is needed
        setAccessibleRole(AccessibleRole.TEXT);
        for (Label part : new Label[] {title, window, value, target, badge, advice, atReview}) {
            part.setAccessibleRole(AccessibleRole.NODE); // said once, in the card's sentence
        }
        show(gauge);
    }

    /** The gauge shown now. */
    Gauge shown() {
        return shown;
    }

    /** Shows {@code gauge} (of the same requirement) in this card's nodes: only what changed is redrawn. */
    void show(Gauge gauge) {
        if (gauge.equals(shown)) {
            return;
        }
        shown = gauge;
        Styles.toggle(this, Styles.MET, gauge.met());
        Styles.toggle(this, Styles.NOT_MET, !gauge.met());
        Styles.toggle(this, Styles.NEAR_MISS, gauge.nearMiss());
        Styles.toggle(this, Styles.TOO_FEW, gauge.tooFew());
        titleWords.set(gauge.title());
        window.setText(gauge.window());
        window.setVisible(!gauge.window().isEmpty());
        fill.setLength(-360 * Math.max(0, Math.min(1, gauge.fraction())));
        fill.setVisible(gauge.fraction() > 0); // an empty ring draws no cap: a round cap alone is a dot
        value.setText(gauge.value());
        // ¥1,234,567 and ¥162,624,842 must fit inside the ring too
        value.getStyleClass().removeAll("long", "longer");
        if (gauge.value().length() > 9) {
            value.getStyleClass().add("longer");
        } else if (gauge.value().length() > 6) {
            value.getStyleClass().add("long");
        }
        targetWords.set(gauge.target());
        badge.setText(gauge.badge());
        adviceWords.set(gauge.advice());
        enter.setVisible(gauge.toEnter() && canOpenSettings);
        atReviewWords.set(gauge.atReview());
        atReview.setVisible(!gauge.atReview().isEmpty());
        setAccessibleText(spoken(gauge));
    }

    /** The card as one sentence: "Reply rate (24 h): 88.2%. Target ≥ 80% · 34 replies. ✓ Met. Margin: …". */
    static String spoken(Gauge gauge) {
        StringBuilder said = new StringBuilder(gauge.title()).append(": ").append(gauge.value());
        for (String part : new String[] {gauge.window(), gauge.target(), gauge.badge(), gauge.advice(),
                gauge.atReview()}) {
            if (!part.isBlank()) {
                said.append(". ").append(part.strip());
            }
        }
        return said.toString();
    }

    private static Arc arc(double length) {
        Arc arc = new Arc(DIAL / 2, DIAL / 2, RADIUS, RADIUS, 90, length);
        arc.setType(ArcType.OPEN);
        return arc;
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        return label;
    }
}
