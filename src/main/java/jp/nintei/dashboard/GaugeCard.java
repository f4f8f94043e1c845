package jp.nintei.dashboard;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
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

/** One requirement's card: a ring against the target, the value, the target, a met badge in words, the advice. */
final class GaugeCard extends VBox {

    private static final double RADIUS = 44;
    /** The width inside the ring, less its stroke. */
    static final double INNER = 2 * RADIUS - 10;
    /** The square the ring is drawn in: the circle and its stroke. */
    private static final double DIAL = 2 * RADIUS + 12;

    GaugeCard(Gauge gauge) {
        this(gauge, null, () -> { });
    }

    /** A card; one of a value to enter has a button that goes to Settings ({@code openSettings}). */
    GaugeCard(Gauge gauge, String openSettingsText, Runnable openSettings) {
        setId("gauge-" + gauge.requirement());
        getStyleClass().addAll(Styles.CARD, "gauge-card");
        Styles.toggle(this, gauge.met() ? Styles.MET : Styles.NOT_MET, true);
        Styles.toggle(this, Styles.NEAR_MISS, gauge.nearMiss());
        Styles.toggle(this, Styles.TOO_FEW, gauge.tooFew());
        setAlignment(Pos.TOP_CENTER);
        setSpacing(6);

        Label title = label(gauge.title(), "gauge-title");
        Arc track = arc(360);
        track.getStyleClass().add("gauge-track");
        Arc fill = arc(-360 * Math.max(0, Math.min(1, gauge.fraction())));
        fill.getStyleClass().add("gauge-fill");
        fill.setVisible(gauge.fraction() > 0); // an empty ring draws no cap: a round cap alone is a dot
        Label value = label(gauge.value(), "gauge-value");
        if (gauge.value().length() > 9) {
            value.getStyleClass().add("longer"); // ¥162,624,842 must fit inside the ring too
        } else if (gauge.value().length() > 6) {
            value.getStyleClass().add("long"); // ¥1,234,567 must fit inside the ring
        }
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

        Label badge = label(gauge.badge(), "gauge-badge");
        badge.setWrapText(true); // "✗ あと少し (未達)" in a narrow card: on two lines, never cut
        badge.setTextAlignment(TextAlignment.CENTER);
        Label advice = label(gauge.advice(), "gauge-advice");
        advice.setWrapText(true);
        Label target = label(gauge.target(), "gauge-target");
        target.setWrapText(true);
        for (Label wrapped : new Label[] {title, target, advice}) {
            NoOrphans.install(wrapped);
        }
        getChildren().add(title);
        if (!gauge.window().isEmpty()) {
            getChildren().add(label(gauge.window(), "gauge-window"));
        }
        getChildren().addAll(ring, target, badge, advice);
        if (gauge.toEnter() && openSettingsText != null) {
            Button enter = new Button(openSettingsText);
            enter.getStyleClass().add("gauge-enter");
            enter.setOnAction(e -> openSettings.run());
            getChildren().add(enter);
        }
        if (!gauge.atReview().isEmpty()) {
            Label atReview = label(gauge.atReview(), "gauge-at-review");
            atReview.setWrapText(true);
            getChildren().add(atReview);
        }
        // a screen reader reads the card as one sentence: what, how much, against what, met or not, what is needed
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(spoken(gauge));
        for (Label part : new Label[] {title, value, target, badge, advice}) {
            part.setAccessibleRole(AccessibleRole.NODE); // said once, in the card's sentence
        }
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

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
