package jp.nintei.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import jp.nintei.app.Workspace;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.Settings;
import jp.nintei.ui.DirectTaskRunner;
import jp.nintei.ui.Localization;
import jp.nintei.ui.LogbookSession;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;
import jp.nintei.ui.Fixture;
import jp.nintei.domain.Job;
import jp.nintei.domain.Message;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewRating;
import jp.nintei.reviews.ReviewsPresenter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardPresenterTest {

    @TempDir
    Path dir;
    Fixture fx;
    DashboardPresenter dashboard;

    @BeforeEach
    void setUp() {
        fx = new Fixture(dir);
        dashboard = new DashboardPresenter(fx.session);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    Gauge gauge(String id) {
        return dashboard.gauges().stream().filter(g -> g.requirement().equals(id)).findFirst().orElseThrow();
    }

    OffsetDateTime hoursAgo(long hours) {
        return OffsetDateTime.ofInstant(Fixture.NOW, ZoneId.of("Asia/Tokyo")).minusHours(hours);
    }

    @Test
    void loggingALateReplyLowersTheReplyRateAndRaisesNeeded() {
        fx.replies(4, 100, 1);
        fx.replies(1, 100, 30);
        assertEquals("80.0%", gauge("reply_rate").value());
        assertTrue(gauge("reply_rate").met());
        fx.store.messages().add(new Message(0, "田中様", hoursAgo(30), null, false, ""));
        fx.session.refresh();

        dashboard.repliedNow(dashboard.pending().get(0).message()); // chosen by the user: 30 h old, a late reply

        assertEquals("66.6%", gauge("reply_rate").value());
        assertFalse(gauge("reply_rate").met());
        assertEquals("4 more replies within 24 hours", gauge("reply_rate").advice());
        assertEquals("Reply to 田中様 logged at 17:00", fx.session.status().textProperty().get());
    }

    @Test
    void aRateAtItsTargetOnTooFewRepliesSaysSoInsteadOfAMiss() {
        fx.replies(4, 100, 1); // 4 on-time replies: 100 %, but the rule counts from 5
        fx.session.refresh();

        Gauge reply = gauge("reply_rate");
        assertEquals("100.0%", reply.value());
        assertFalse(reply.met());
        assertEquals("Too few yet: 4 of 5", reply.badge(), "short of the minimum count, and says so");
        assertTrue(reply.tooFew(), "drawn as 'not yet', not as a miss");
        assertEquals(0.8, reply.fraction(), 1e-9, "the ring shows the way to the minimum: 4 of 5");
        assertEquals("1 more reply within 24 hours", reply.advice());
    }

    @Test
    void deletingAReviewChangesTheAverage() {
        fx.store.reviews().addAll(List.of(
                new Review(0, "a", LocalDate.of(2026, 10, 1), ReviewRating.STARS_5, ""),
                new Review(0, "b", LocalDate.of(2026, 10, 2), ReviewRating.STARS_5, ""),
                new Review(0, "c", LocalDate.of(2026, 10, 3), ReviewRating.STARS_1, "")));
        ReviewsPresenter reviews = new ReviewsPresenter(fx.session, fx.dialogs);
        fx.session.refresh();
        assertEquals("3.66", gauge("rating").value());

        Review oneStar = reviews.rows().stream().filter(r -> r.client().equals("c")).findFirst().orElseThrow();
        fx.dialogs.confirmAnswer = false;
        reviews.delete(oneStar);
        assertEquals("3.66", gauge("rating").value(), "nothing is deleted without confirmation");
        fx.dialogs.confirmAnswer = true;
        reviews.delete(oneStar);

        assertEquals("5.00", gauge("rating").value());
        assertEquals(2, reviews.rows().size());
    }

    @Test
    void pendingRepliesAreOrderedByDeadlineAndSayWhenOverdue() {
        fx.store.messages().addAll(List.of(
                new Message(0, "B", hoursAgo(2), null, false, ""),
                new Message(0, "A", hoursAgo(30), null, false, ""),
                new Message(0, "C", hoursAgo(22), null, false, ""),
                new Message(0, "answered", hoursAgo(10), hoursAgo(9), false, ""),
                new Message(0, "ignored", hoursAgo(5), null, true, "")));
        fx.session.refresh();

        assertEquals(List.of("A", "C", "B"), dashboard.pending().stream().map(PendingReply::client).toList());
        // the 24 hours come from the rule profile, not from the words
        assertEquals("Replies due (reply within 24 hours)", dashboard.pendingTitleProperty().get());
        assertTrue(dashboard.overdueRuleProperty().get().contains("(Lancers' rule)"), dashboard.overdueRuleProperty().get());
        assertTrue(dashboard.headerProperty().get().contains("past 365 days"), dashboard.headerProperty().get());
        PendingReply a = dashboard.pending().get(0);
        assertTrue(a.overdue());
        assertEquals("Overdue by 6 h 0 min", a.remaining());
        PendingReply c = dashboard.pending().get(1);
        assertTrue(c.urgent());
        assertEquals("2 h 0 min left", c.remaining());
        assertFalse(dashboard.pending().get(2).urgent());
    }

    @Test
    void noReplyNeededTakesAMessageOffTheListWithoutCountingIt() {
        fx.replies(5, 100, 1);
        fx.store.messages().add(new Message(0, "spam", hoursAgo(30), null, false, ""));
        fx.session.refresh();
        dashboard.markNoReplyNeeded(dashboard.pending().get(0).message());
        assertTrue(dashboard.pending().isEmpty());
        assertEquals("100.0%", gauge("reply_rate").value());
    }

    @Test
    void withNothingSelectedTheShortcutsNeverPickAnOverdueMessage() {
        fx.replies(10, 100, 1);
        fx.store.messages().addAll(List.of(new Message(0, "overdue", hoursAgo(30), null, false, ""),
                new Message(0, "also overdue", hoursAgo(26), null, false, "")));
        fx.session.refresh();
        String before = gauge("reply_rate").value();

        dashboard.repliedNow(null); // Shortcut+R with only overdue messages waiting: ask, do not guess
        assertEquals("Several messages are waiting: select the one you mean in Replies due (or on the Messages "
                + "screen), then press the shortcut again", fx.session.status().textProperty().get());
        assertEquals(before, gauge("reply_rate").value());
        assertEquals(2, dashboard.pending().size());

        dashboard.messageReceivedNow(); // Shortcut+M, then Shortcut+R: the one just logged
        dashboard.repliedNow(null);
        assertEquals(2, dashboard.pending().size());
        assertTrue(fx.store.messages().all().stream().filter(m -> m.client().isEmpty()).allMatch(m -> m.repliedAt() != null));
        assertEquals(before, gauge("reply_rate").value(), "an on-time reply keeps 100 %");

        fx.store.messages().add(new Message(0, "new", hoursAgo(2), null, false, ""));
        fx.session.refresh();
        dashboard.noReplyNeeded(null); // Shortcut+Shift+N follows the same rule: the only one in time
        assertTrue(fx.store.messages().all().stream().filter(m -> m.client().equals("new")).findFirst().orElseThrow()
                .noReplyNeeded());
        assertEquals(List.of("overdue", "also overdue"), dashboard.pending().stream().map(PendingReply::client).toList());
    }

    @Test
    void aChosenMessageThatIsNoLongerWaitingIsRefused() {
        fx.store.messages().add(new Message(0, "営業", hoursAgo(3), hoursAgo(2), false, ""));
        dashboard.noReplyNeeded(fx.store.messages().all().get(0));
        assertEquals("Select a message that is waiting for a reply first", fx.session.status().textProperty().get());
    }

    @Test
    void sampleDataOpensInASeparateDemoLogbookAndLeavingItReturnsToTheUsersOwnUntouched() throws Exception {
        fx.store.settings().save(new Settings(123_456L, "翻訳", true, false, false));
        Path own = fx.session.logbookFile();
        assertTrue(dashboard.welcomeProperty().get());
        assertEquals("0 / 5 requirements met", dashboard.overallProperty().get());

        dashboard.openDemo();
        assertTrue(dashboard.demoProperty().get());
        assertFalse(dashboard.welcomeProperty().get());
        assertFalse(dashboard.pending().isEmpty());
        for (Gauge g : dashboard.gauges()) {
            assertFalse(g.value().equals("—"), g.requirement() + " has a value");
        }
        Path demo = fx.session.logbookFile();
        assertFalse(demo.equals(own));
        // a change made in the demo goes to the demo
        fx.session.add(RecordKind.JOBS, new Job(0, "demo job", "", "", LocalDate.of(2026, 11, 1),
                JobStatus.IN_PROGRESS, null, null, false, ""), added -> { }, "jobs.added", "demo job");
        assertTrue(fx.store.jobs().all().isEmpty(), "the user's logbook has no sample or demo row");
        assertTrue(fx.store.messages().all().isEmpty());

        dashboard.leaveDemo();
        assertFalse(dashboard.demoProperty().get());
        assertTrue(dashboard.welcomeProperty().get());
        assertEquals(own, fx.session.logbookFile());
        assertEquals(new Settings(123_456L, "翻訳", true, false, false),
                fx.session.shown().stateProperty().get().settings());
        assertFalse(Files.exists(demo), "the demo logbook is deleted on leaving");
        assertFalse(fx.session.shown().canUndoProperty().get(), "nothing of the demo to undo in the user's logbook");
        assertTrue(fx.store.isEmpty(), "the user's logbook is as it was: no sample row, no demo row");
        assertEquals(new Settings(123_456L, "翻訳", true, false, false), fx.store.settings().load());
    }

    @Test
    void aNearMissIsShownApartFromAFarMissInWords() {
        LocalDate day = LocalDate.of(2026, 10, 1);
        fx.store.reviews().addAll(List.of(new Review(0, "a", day, ReviewRating.ofStars(5), ""),
                new Review(0, "b", day, ReviewRating.ofStars(5), ""), new Review(0, "c", day, ReviewRating.ofStars(5), ""),
                new Review(0, "d", day, ReviewRating.ofStars(4), "")));
        fx.session.refresh();
        assertEquals("4.75", gauge("rating").value()); // 98.9 % of 4.8
        assertTrue(gauge("rating").nearMiss());
        assertEquals("✗ Almost: not met yet", gauge("rating").badge());

        fx.store.reviews().add(new Review(0, "e", day, ReviewRating.ofStars(1), ""));
        fx.session.refresh();
        assertEquals("4.00", gauge("rating").value());
        assertFalse(gauge("rating").nearMiss());
        assertEquals("✗ Not met", gauge("rating").badge());
    }

    @Test
    void aWhatIfMovesTheGaugesAndWritesNothingUntilCleared() {
        fx.replies(4, 100, 1); // 4 on time: one more reply of any kind makes the rate count
        long rowsBefore = fx.store.messages().all().size();
        assertEquals("100.0%", gauge("reply_rate").value());
        assertEquals("Too few yet: 4 of 5", gauge("reply_rate").badge(), "4 replies: 5 are needed");
        dashboard.whatIf().whatIfLate.set(1);
        assertTrue(dashboard.whatIf().tryingProperty().get());
        assertEquals("80.0%", gauge("reply_rate").value(), "4 on time of 5");
        assertEquals("✓ Met", gauge("reply_rate").badge());
        assertFalse(fx.session.shown().stateProperty().get().progress().result("reply_rate").orElseThrow().met(),
                "the session's own numbers are untouched");
        assertEquals(rowsBefore, fx.store.messages().all().size(), "nothing written");
        dashboard.whatIf().whatIfYenText.set("¥30,000");
        assertEquals("¥30,000", gauge("earnings").value());
        dashboard.whatIf().clearWhatIf();
        assertFalse(dashboard.whatIf().tryingProperty().get());
        assertEquals("100.0%", gauge("reply_rate").value());
        assertEquals("¥0", gauge("earnings").value());
        assertEquals("", dashboard.whatIf().whatIfYenText.get(), "Clear empties the yen field, wherever it is pressed");
    }

    @Test
    void gaugesSayWhatIsNeededInJapanese() {
        fx.session.l10n().setLocale(Locale.JAPANESE);
        fx.replies(4, 100, 1);
        assertEquals("あと1件、24時間以内に返信", gauge("reply_rate").advice());
        assertEquals("件数不足: 5件中4件", gauge("reply_rate").badge());
        assertEquals("0 / 5 達成", dashboard.overallProperty().get());
    }

    @Test
    void unansweredMessagesOlderThanAWeekPastTheirDeadlineCollapseIntoOneLine() {
        fx.store.messages().addAll(List.of(
                new Message(0, "2015年の依頼", OffsetDateTime.parse("2015-03-01T10:00:00+09:00"), null, false, ""),
                new Message(0, "just too old", hoursAgo(24 + 7 * 24), null, false, ""),
                new Message(0, "six days late", hoursAgo(24 + 6 * 24), null, false, ""),
                new Message(0, "last year", OffsetDateTime.parse("2025-11-27T12:00:00+09:00").plusYears(0), null, false,
                        ""),
                new Message(0, "new", hoursAgo(1), null, false, "")));
        fx.session.refresh();

        assertEquals(List.of("six days late", "new"), dashboard.pending().stream().map(PendingReply::client).toList());
        assertEquals("3 older messages were never answered — they do not count", dashboard.olderUnansweredProperty().get());
        assertEquals("Received 11/21 17:00", dashboard.pending().get(0).received(), "this year: no year");

        dashboard.dismissOlderUnanswered();
        assertEquals("", dashboard.olderUnansweredProperty().get());
        assertEquals("3 messages marked \"no reply needed\"", fx.session.status().textProperty().get());
        assertEquals(3, fx.store.messages().all().stream().filter(Message::noReplyNeeded).count());
        assertEquals(2, dashboard.pending().size(), "the recent ones stay");
    }

    @Test
    void aWaitingMessageFromAnotherYearShowsItsYear() {
        fx.store.messages().add(new Message(0, "大晦日", OffsetDateTime.parse("2026-12-31T23:00:00+09:00"), null, false, ""));
        var session = new LogbookSession(new Workspace(fx.store,
                Clock.fixed(Instant.parse("2027-01-02T03:00:00Z"), ZoneId.of("Asia/Tokyo"))),
                new DirectTaskRunner(), new Localization(Locale.ENGLISH));
        DashboardPresenter inJanuary = new DashboardPresenter(session);
        session.refresh();
        assertEquals("Received 2026/12/31 23:00", inJanuary.pending().get(0).received());
        assertTrue(inJanuary.pending().get(0).overdue());
    }

    /** The status bar follows the language, loses its red on a later success, and notes are quoted as the language does. */
    @Test
    void theStatusBarFollowsTheLanguageAndNotesAreQuotedInIt() {
        fx.store.messages().add(new Message(0, "田中様", hoursAgo(2), null, false, "記事の修正点"));
        fx.session.refresh();
        assertEquals("\u201c記事の修正点\u201d", dashboard.pending().get(0).note());
        fx.session.status().sayError("Not saved: the disk is full");
        dashboard.markNoReplyNeeded(dashboard.pending().get(0).message());
        assertEquals("", fx.session.status().errorProperty().get(), "a later success is not red");
        assertEquals("Message from 田中様 marked \"no reply needed\"", fx.session.status().textProperty().get());
        fx.session.l10n().setLocale(Locale.JAPANESE);
        assertFalse(fx.session.status().textProperty().get().startsWith("Message from"), fx.session.status().textProperty().get());
        assertTrue(fx.session.status().textProperty().get().contains("田中様"), fx.session.status().textProperty().get());

        fx.store.messages().add(new Message(0, "山本様", hoursAgo(1), null, false, "見積もり"));
        fx.session.refresh();
        assertEquals("「見積もり」", dashboard.pending().get(0).note());
    }
}
