package jp.nintei.dashboard;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.nintei.ui.Styles;
import jp.nintei.domain.Message;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.layout.Region;

/** A message waiting for a reply: who, when, the countdown, and the two actions. */
final class PendingReplyCell extends ListCell<PendingReply> {

    private final String repliedText;
    private final String noReplyText;
    private final Consumer<Message> onReplied;
    private final Consumer<Message> onNoReplyNeeded;

    PendingReplyCell(String repliedText, String noReplyText, Consumer<Message> onReplied,
                     Consumer<Message> onNoReplyNeeded) {
        this.repliedText = repliedText;
        this.noReplyText = noReplyText;
        this.onReplied = onReplied;
        this.onNoReplyNeeded = onNoReplyNeeded;
        setPrefWidth(0); // as wide as the list, never wider: the list never scrolls sideways
    }

    @Override
    protected void updateItem(PendingReply item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label who = new Label(item.client() + (item.note().isEmpty() ? "" : "  " + item.note()));
        who.getStyleClass().add("pending-client");
        Label received = new Label(item.received());
        received.getStyleClass().add("muted");
        Label remaining = new Label(item.remaining());
        remaining.getStyleClass().add("pending-remaining");
        Styles.toggle(remaining, Styles.OVERDUE, item.overdue());
        Styles.toggle(remaining, Styles.URGENT, item.urgent());
        setAccessibleText(String.join(". ", who.getText().strip(), item.received(), item.remaining()));
        Button replied = new Button(repliedText);
        replied.setOnAction(e -> onReplied.accept(item.message()));
        replied.getStyleClass().add("pending-replied");
        Button noReply = new Button(noReplyText);
        noReply.setOnAction(e -> onNoReplyNeeded.accept(item.message()));
        noReply.getStyleClass().add("pending-no-reply");
        // in a narrow window the client and note shorten ("…"); the countdown and the buttons keep their size
        VBox text = new VBox(2, who, received);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        for (Control fixed : new Control[] {remaining, replied, noReply}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(10, text, remaining, replied, noReply);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinWidth(0);
        row.prefWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 2));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setText(null);
        setGraphic(row);
    }
}
