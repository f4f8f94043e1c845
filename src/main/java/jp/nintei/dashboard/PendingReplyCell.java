package jp.nintei.dashboard;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.nintei.ui.Styles;
import jp.nintei.domain.Message;

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
        Button replied = new Button(repliedText);
        replied.setOnAction(e -> onReplied.accept(item.message()));
        replied.getStyleClass().add("pending-replied");
        Button noReply = new Button(noReplyText);
        noReply.setOnAction(e -> onNoReplyNeeded.accept(item.message()));
        noReply.getStyleClass().add("pending-no-reply");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(10, new VBox(2, who, received), spacer, remaining, replied, noReply);
        row.setAlignment(Pos.CENTER_LEFT);
        setText(null);
        setGraphic(row);
    }
}
