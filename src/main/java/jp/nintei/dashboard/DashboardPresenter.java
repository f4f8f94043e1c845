package jp.nintei.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.nintei.ui.LogbookSession;
import jp.nintei.domain.Logbook;
import jp.nintei.domain.Message;
import jp.nintei.domain.Progress;

/** The dashboard: one gauge per requirement, the overall line, replies due, and one-keystroke logging. */
public final class DashboardPresenter {

    private static final Duration REPLY_WINDOW = Duration.ofHours(24);
    private static final Duration URGENT = Duration.ofHours(3);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M/d HH:mm");

    private final LogbookSession session;
    private final GaugeTexts texts;
    private final ObservableList<Gauge> gauges = FXCollections.observableArrayList();
    private final ObservableList<PendingReply> pending = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper overall = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper allMet = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper welcome = new ReadOnlyBooleanWrapper();

    public DashboardPresenter(LogbookSession session) {
        this.session = session;
        this.texts = new GaugeTexts(session.l10n());
        // Invalidation, not change: a new snapshot equal to the last one (same as-of) must still refresh the clocks.
        session.progressProperty().addListener(obs -> refresh());
        session.l10n().bundleProperty().addListener(obs -> refresh());
        refresh();
    }

    /** Recomputes every text from the latest progress at the current time. */
    public void refresh() {
        Progress progress = session.progressProperty().get();
        Logbook logbook = session.logbookProperty().get();
        gauges.setAll(progress.results().stream().map(r -> texts.gauge(r, logbook.settings())).toList());
        int total = progress.results().size();
        overall.set(session.l10n().text("dashboard.overall", progress.metCount(), total));
        allMet.set(progress.metCount() == total);
        header.set(session.l10n().text("dashboard.asOf", session.now().format(DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm")),
                progress.asOf().windowStart(365).format(DateTimeFormatter.ofPattern("yyyy/MM/dd")),
                progress.asOf().date().format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))));
        welcome.set(logbook.isEmpty());
        pending.setAll(pendingReplies(logbook.messages(), session.now().toInstant()));
    }

    List<PendingReply> pendingReplies(List<Message> messages, Instant now) {
        return messages.stream()
                .filter(m -> m.repliedAt() == null && !m.noReplyNeeded())
                .map(m -> pendingReply(m, now))
                .sorted(Comparator.comparing(PendingReply::deadline))
                .toList();
    }

    private PendingReply pendingReply(Message m, Instant now) {
        Instant deadline = m.received().plus(REPLY_WINDOW);
        Duration left = Duration.between(now, deadline);
        boolean overdue = left.isNegative();
        String remaining = overdue
                ? session.l10n().text("pending.overdue", left.negated().toHours(), left.negated().toMinutesPart())
                : session.l10n().text("pending.left", left.toHours(), left.toMinutesPart());
        String received = session.l10n().text("pending.received", m.receivedAt()
                .atZoneSameInstant(session.clock().getZone()).format(SHORT));
        return new PendingReply(m, deadline, m.client().isEmpty() ? session.l10n().text("pending.noClient") : m.client(),
                m.note(), received, remaining, overdue, !overdue && left.compareTo(URGENT) < 0);
    }

    /** Shortcut+M: a client message arrived just now. */
    public void messageReceivedNow() {
        OffsetDateTime now = session.now().toOffsetDateTime();
        session.change(store -> store.messages().add(new Message(0, "", now, null, false, "")), "status.messageLogged",
                now.format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    /** Shortcut+R: the selected message, or else the oldest one waiting, was answered just now. */
    public void repliedNow(Message selected) {
        Message target = selected != null && selected.repliedAt() == null ? selected
                : pending.isEmpty() ? null : pending.get(0).message();
        if (target == null) {
            session.report("status.nothingToReply");
            return;
        }
        markReplied(target);
    }

    /** The selected message needs no reply: it leaves the list and never counts. */
    public void noReplyNeeded(Message selected) {
        if (selected == null || selected.repliedAt() != null || selected.noReplyNeeded()) {
            session.report("status.selectPending");
            return;
        }
        markNoReplyNeeded(selected);
    }

    public void markReplied(Message message) {
        OffsetDateTime now = session.now().toOffsetDateTime();
        session.change(store -> store.messages().update(message.withReply(now)), "status.replyLogged",
                clientName(message), now.format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    public void markNoReplyNeeded(Message message) {
        session.change(store -> store.messages().update(message.withNoReplyNeeded(true)), "status.noReplyNeeded",
                clientName(message));
    }

    public void loadSampleData() {
        session.change(store -> SampleData.load(store, session.now()), "status.sampleLoaded");
    }

    private String clientName(Message m) {
        return m.client().isEmpty() ? session.l10n().text("pending.noClient") : m.client();
    }

    public ObservableList<Gauge> gauges() {
        return gauges;
    }

    public ObservableList<PendingReply> pending() {
        return pending;
    }

    public ReadOnlyStringProperty overallProperty() {
        return overall.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty allMetProperty() {
        return allMet.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty welcomeProperty() {
        return welcome.getReadOnlyProperty();
    }
}
