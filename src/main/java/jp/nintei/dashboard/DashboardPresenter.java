package jp.nintei.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import jp.nintei.ui.LogbookSession;
import jp.nintei.app.Measurement;
import jp.nintei.domain.Message;
import jp.nintei.domain.Progress;
import java.util.Optional;
import jp.nintei.words.ProgressWords;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.Rule;
import jp.nintei.domain.RuleProfile;

/** The dashboard: one gauge per requirement, the overall line, replies due, and one-keystroke logging. */
public final class DashboardPresenter {

    private final LogbookSession session;
    private final GaugeTexts texts;
    private final WhatIfPresenter whatIf;
    private final ObservableList<Gauge> gauges = FXCollections.observableArrayList();
    private final ObservableList<PendingReply> pending = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper overall = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper();
    /** "Next review 2026/12/01: 4 / 5 met"; empty for a profile without monthly reviews. */
    private final ReadOnlyStringWrapper nextReview = new ReadOnlyStringWrapper("");
    /** Each met requirement the next review will not see met, and why. */
    private final ObservableList<String> falls = FXCollections.observableArrayList();
    private final HistoryChart chart;
    private final ProgramChoice programChoice;
    /** The program measured: the rule profile's name in the app's language. */
    private final ReadOnlyStringWrapper program = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper pendingTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper overdueRule = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper olderUnanswered = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper allMet = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper welcome = new ReadOnlyBooleanWrapper();
    /** The message Shortcut+M logged last: the one a following Shortcut+R most likely answers. */
    private long justLogged;
    /** The waiting message selected in the list: what Shortcut+R and Shortcut+Shift+N act on. */
    private final ObjectProperty<Message> selected = new SimpleObjectProperty<>();

    public DashboardPresenter(LogbookSession session) {
        this.session = session;
        this.texts = new GaugeTexts(session.l10n());
        this.whatIf = new WhatIfPresenter(session);
        this.chart = new HistoryChart(session, gauges, whatIf.triedProperty());
        this.programChoice = new ProgramChoice(session);
        // Invalidation, not change: a state equal to the last one must still refresh the clocks.
        session.shown().stateProperty().addListener(obs -> refresh());
        whatIf.triedProperty().addListener(obs -> refresh());
        session.l10n().bundleProperty().addListener(obs -> refresh());
        session.shown().staleProperty().addListener(obs -> refresh());
        refresh();
    }

    /** The what-if card: changes tried before they happen; its state, when one is tried, is what the cards show. */
    public WhatIfPresenter whatIf() {
        return whatIf;
    }

    /** Recomputes every text from the latest state (or the what-if being tried). */
    public void refresh() {
        Measurement tried = whatIf.triedProperty().get();
        Measurement state = tried != null ? tried : session.shown().stateProperty().get();
        Progress progress = state.progress();
        gauges.setAll(progress.results().stream().map(r -> texts.gauge(r, state.settings(), progress.profile(),
                state.next())).toList());
        if (state.next() == null) {
            nextReview.set("");
            falls.clear();
        } else {
            nextReview.set(session.l10n().text("dashboard.nextReview",
                    state.next().at().format(DateTimeFormatter.ofPattern("yyyy/MM/dd")),
                    state.next().progress().metCount(), state.next().progress().results().size()));
            falls.setAll(state.next().falls().stream()
                    .map(f -> texts.fall(f, state.next(), state.settings(), progress.profile())).toList());
        }
        chart.refresh();
        int total = progress.results().size();
        overall.set(session.l10n().text("dashboard.overall", progress.metCount(), total));
        allMet.set(progress.metCount() == total);
        program.set(progress.profile().name(session.l10n().locale().getLanguage()));
        // one window for every rule: the header names it; else each card names its own
        ProgressWords words = new ProgressWords(
                session.l10n().texts(), progress.profile());
        String window = !words.oneWindow() ? "" : progress.profile().rules().stream()
                .filter(Rule::hasWindow).findFirst()
                .map(r -> " · " + words.window(r.requirement(), progress.asOf())).orElse("");
        header.set((session.shown().staleProperty().get() ? session.l10n().text("dashboard.stale") + " · " : "")
                + (tried != null ? session.l10n().text("whatif.header") + " · " : "")
                + session.l10n().text("dashboard.asOf", state.measuredAt().format(DateTimeFormatter.ofPattern(
                        "yyyy/MM/dd HH:mm"))) + window);
        pendingTitle.set(session.l10n().text("dashboard.pending", replyDeadline().toHours()));
        overdueRule.set(session.l10n().text("dashboard.overdueRule", replyDeadline().toHours()));
        welcome.set(state.empty());
        Instant now = state.measuredAt().toInstant();
        pending.setAll(state.waiting().recent().stream().map(m -> PendingReply.of(m, now, state.measuredAt().getYear(),
                replyDeadline(), session.l10n(), session.now().getZone())).toList());
        olderUnanswered.set(state.waiting().older() == 0 ? ""
                : session.l10n().text("pending.olderCount", state.waiting().older()));
        if (selected.get() != null && pending.stream().noneMatch(p -> p.message().id() == selected.get().id())) {
            selected.set(null);
        }
    }

    /** How long a client waits for an on-time reply, as the profile says. */
    private Duration replyDeadline() {
        return session.profile().replyWithin();
    }

    /** Where "Enter in Settings" on a card goes: the Settings screen (the window sets it). */
    private Runnable settingsOpener = () -> { };

    public void onOpenSettings(Runnable opener) {
        settingsOpener = opener;
    }

    /** A card's "Enter in Settings": shows the Settings screen, where the value is entered. */
    public void openSettings() {
        settingsOpener.run();
    }

    /** Shortcut+M: a client message arrived just now. */
    public void messageReceivedNow() {
        OffsetDateTime now = session.now().toOffsetDateTime();
        session.add(RecordKind.MESSAGES, new Message(0, "", now, null, false, ""), added -> justLogged = added.id(),
                "status.messageLogged", now.format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    /**
     * The message a shortcut acts on: the chosen one if it is waiting; with none chosen, the one just logged, or else
     * {@link jp.nintei.domain.WaitingReplies#onlyOneInTime}. Empty when the user must choose (the status bar says so).
     */
    private Optional<Message> target(Message chosen) {
        if (chosen != null) {
            if (chosen.repliedAt() == null && !chosen.noReplyNeeded()) {
                return Optional.of(chosen);
            }
            session.status().say("status.selectPending");
            return Optional.empty();
        }
        if (pending.isEmpty()) {
            session.status().say("status.nothingToReply");
            return Optional.empty();
        }
        var logged = pending.stream().map(PendingReply::message).filter(m -> m.id() == justLogged).findFirst();
        if (logged.isPresent()) {
            return logged;
        }
        Measurement state = session.shown().stateProperty().get();
        Optional<Message> only = state.waiting().onlyOneInTime(state.measuredAt().toInstant(),
                state.progress().profile().replyWithin());
        if (only.isEmpty()) {
            session.status().say("status.chooseMessage");
        }
        return only;
    }

    /** Shortcut+R: the chosen message — or, with none chosen, the one that is unambiguous — was answered just now. */
    public void repliedNow(Message chosen) {
        target(chosen).ifPresent(this::markReplied);
    }

    /** Shortcut+Shift+N: the same message as Shortcut+R would take needs no reply: it leaves the list, never counts. */
    public void noReplyNeeded(Message chosen) {
        target(chosen).ifPresent(this::markNoReplyNeeded);
    }

    public void markReplied(Message message) {
        OffsetDateTime now = session.now().toOffsetDateTime();
        session.update(RecordKind.MESSAGES, message.withReply(now), "status.replyLogged", clientName(message),
                now.format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    public void markNoReplyNeeded(Message message) {
        session.update(RecordKind.MESSAGES, message.withNoReplyNeeded(true), "status.noReplyNeeded", clientName(message));
    }

    /** Every unanswered message older than the list leaves the list as "no reply needed" (it never counted). */
    public void dismissOlderUnanswered() {
        RuleProfile profile = session.profile();
        session.change(w -> w.dismissOlderUnanswered(profile), session.status()::say, "status.failed");
    }

    /** Try with sample data: a separate demo logbook; the user's own stays as it is. */
    public void openDemo() {
        session.openDemo();
    }

    public void leaveDemo() {
        session.leaveDemo();
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return session.shown().demoProperty();
    }

    private String clientName(Message m) {
        return m.client().isEmpty() ? session.l10n().text("pending.noClient") : m.client();
    }

    public ObjectProperty<Message> selectedProperty() {
        return selected;
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

    public ReadOnlyStringProperty nextReviewProperty() {
        return nextReview.getReadOnlyProperty();
    }

    public ObservableList<String> falls() {
        return falls;
    }

    /** The chart of one requirement over the last 12 months. */
    public HistoryChart chart() {
        return chart;
    }

    /** First run: which program to measure by. */
    public ProgramChoice programChoice() {
        return programChoice;
    }

    /**
     * True once the first measure of the logbook has been answered (or has failed): until then the gauges show an
     * empty logbook, and the dashboard builds nothing that would keep them from the screen.
     */
    public ReadOnlyBooleanProperty answeredProperty() {
        return session.shown().answeredProperty();
    }

    public ReadOnlyStringProperty programProperty() {
        return program.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    /** "Replies due (reply within 24 hours)", the hours from the profile. */
    public ReadOnlyStringProperty pendingTitleProperty() {
        return pendingTitle.getReadOnlyProperty();
    }

    /** What a reply after the deadline does, the hours from the profile. */
    public ReadOnlyStringProperty overdueRuleProperty() {
        return overdueRule.getReadOnlyProperty();
    }

    /** "412 older messages were never answered…", or empty when there are none. */
    public ReadOnlyStringProperty olderUnansweredProperty() {
        return olderUnanswered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty allMetProperty() {
        return allMet.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty welcomeProperty() {
        return welcome.getReadOnlyProperty();
    }
}
