package jp.nintei.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.sqlite.SQLiteConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobColumn;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Message;
import jp.nintei.i18n.Phrase;
import jp.nintei.domain.PlatformFigure;
import jp.nintei.domain.Progress;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.Reconciliation;
import jp.nintei.domain.RowQuery;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.WhatIf;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.StoreCalls;
import org.junit.jupiter.api.Test;

/** The dashboard's numbers: as of the clock, tried out without writing, day by day, against the platform's. */
class WorkspaceMeasureTest extends WorkspaceTestBase {

    /** Two replies on time and one two days late: a reply rate of 2/3. */
    void threeReplies() {
        store.messages().addAll(List.of(
                message("A", "2026-11-20T10:00:00+09:00", "2026-11-20T11:00:00+09:00"),
                message("B", "2026-11-21T10:00:00+09:00", "2026-11-21T12:00:00+09:00"),
                message("C", "2026-11-22T10:00:00+09:00", "2026-11-24T10:00:00+09:00")));
    }

    static Message message(String client, String received, String replied) {
        return new Message(0, client, OffsetDateTime.parse(received), replied == null ? null
                : OffsetDateTime.parse(replied), false, "");
    }

    static String replyRate(Progress progress) {
        BigDecimal value = progress.result(RuleProfile.REPLY_RATE).orElseThrow().value();
        return value == null ? null : value.setScale(4, RoundingMode.DOWN).toPlainString();
    }

    @Test
    void anEmptyLogbookShowsTheWelcome() {
        Measurement empty = workspace.measure();
        assertTrue(empty.empty());
        assertNull(replyRate(empty.progress()));
        assertEquals(NOW, empty.measuredAt().toInstant());
        assertEquals("lancers", empty.progress().profile().id());
        Measurement before = Measurement.before(workspace.now());
        assertEquals(empty.progress().results(), before.progress().results(),
                "before the first measure the screens show an empty logbook by the default rules");
        assertFalse(before.empty(), "the welcome waits for the first measure");
        assertEquals(NOW, empty.at(workspace.now().plusMinutes(1)).measuredAt().minusMinutes(1).toInstant());
    }

    @Test
    void aChangeIsKeptWhenMeasuringAfterItFails() throws Exception {
        try (var c = new SQLiteConfig().createConnection("jdbc:sqlite:" + store.file());
             var st = c.createStatement()) { // another program writes a setting Nintei cannot read
            st.executeUpdate("INSERT INTO setting (key, value) VALUES ('earnings.cutoff', 'lots')");
        }
        Changed<Message> added = workspace.add(RecordKind.MESSAGES,
                message("A", "2026-11-28T10:00:00+09:00", null), new Phrase("status.saved"));
        assertNull(added.state(), "not measured");
        assertTrue(added.measureFailure() != null, "and why is said");
        assertEquals(1, workspace.count(RecordKind.MESSAGES, ""), "what was committed stays committed");
        assertEquals(Optional.of(new Phrase("status.saved")), added.labels().undo(), "and can be undone");
        assertEquals(added.result().id(), store.messages().all().get(0).id());
    }

    @Test
    void aWhatIfIsMeasuredWithoutWritingAndTheTickKeepsTheRealMeasure() {
        threeReplies();
        workspace.refresh();
        workspace.tick(); // the first tick learns the logbook's data version
        Measurement real = workspace.measure();
        assertFalse(real.empty());
        assertEquals("0.6666", replyRate(real.progress()));

        Measurement tried = workspace.measure(new WhatIf(1, 0, Map.of(), List.of(), List.of(), 0));
        assertEquals("0.7500", replyRate(tried.progress()), "one more reply on time");
        assertEquals(3, workspace.count(RecordKind.MESSAGES, ""), "nothing is written");

        Changed<List<Phrase>> ticked = workspace.tick();
        assertSame(real.progress(), ticked.state().progress(), "the tick shows the real measure, not the what-if");
        assertEquals(List.of(), ticked.result());
        assertNull(ticked.labels());
    }

    @Test
    void theTickShowsWhatTheLastChangeMeasured() {
        workspace.refresh();
        workspace.tick();
        Changed<Message> added = workspace.add(RecordKind.MESSAGES,
                message("A", "2026-11-28T10:00:00+09:00", "2026-11-28T11:00:00+09:00"), new Phrase("status.saved"));
        Measurement ticked = workspace.tick().state();
        assertSame(added.state().progress(), ticked.progress());
        assertEquals("1.0000", replyRate(ticked.progress()));
    }

    @Test
    void aLogbookInASyncedFolderIsSaidOnce() {
        store.close();
        Path synced = dir.resolve("Dropbox");
        store = LogbookStore.open(synced.resolve("nintei.db"));
        workspace = new Workspace(store, Clock.fixed(NOW, TOKYO));
        Changed<List<Phrase>> first = workspace.refresh();
        assertTrue(first.result().contains(new Phrase("status.sharedFolder", "Dropbox")), first.result().toString());
        assertTrue(first.state().empty());
        assertEquals(List.of(), workspace.refresh().result(), "said once");
    }

    @Test
    void aLogbookInAPlainFolderIsMeasuredWithoutAWord() {
        threeReplies();
        Changed<List<Phrase>> refreshed = workspace.refresh();
        assertEquals(List.of(), refreshed.result());
        assertEquals("0.6666", replyRate(refreshed.state().progress()));
        assertNull(refreshed.measureFailure());
    }

    /** Issue 17, item 3: a save measures once — the state now and the next review's projection — not the year. */
    @Test
    void aSaveRunsTheEngineForNowAndTheNextReviewOnly() {
        threeReplies();
        AtomicInteger runs = new AtomicInteger();
        try (StoreCalls engine = StoreCalls.engineRuns(runs::incrementAndGet)) {
            workspace.add(RecordKind.MESSAGES, message("D", "2026-11-25T10:00:00+09:00", null), new Phrase("x"));
        }
        assertEquals(2, runs.get());
    }

    @Test
    void theHistoryReadsEachDayAsItEnded() {
        threeReplies();
        List<Progress> days = workspace.chart(RuleProfile.LANCERS_CERTIFIED, LocalDate.of(2026, 11, 19),
                LocalDate.of(2026, 11, 25), Period.ofDays(2)).progress();
        assertEquals(List.of(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 25)), days.stream().map(p -> p.asOf().date()).toList());
        assertEquals(Arrays.asList(null, "1.0000", "1.0000", "0.6666"),
                days.stream().map(WorkspaceMeasureTest::replyRate).toList(),
                "nothing before the first reply; the late reply counts from the day it was sent");
    }

    @Test
    void thePlatformsFiguresAreComparedWithTheLogbook() {
        threeReplies();
        List<Reconciliation.Line> lines = workspace.reconcile(Map.of(Reconciliation.Figure.REPLY_RATE,
                new BigDecimal("66.7"))).result();
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).agrees());
        assertEquals(new BigDecimal("66.7"), lines.get(0).nintei());
        assertEquals("agrees (within the platform's rounding)", lines.get(0).explanation().toString());

        Reconciliation.Line more = workspace.reconcile(Map.of(Reconciliation.Figure.REPLY_RATE,
                new BigDecimal("75"))).result().get(0);
        assertFalse(more.agrees());
        assertEquals("missing from your logbook since 2025-11-29: 1 on-time reply", more.explanation().toString());
    }

    @Test
    void theFiguresComparedAreKeptWithTheirDayOnePerFigureAndDay() {
        threeReplies();
        LocalDate today = workspace.now().toLocalDate();
        workspace.reconcile(Map.of(Reconciliation.Figure.REPLY_RATE, new BigDecimal("66.7"),
                Reconciliation.Figure.RATING, new BigDecimal("4.71")));
        workspace.reconcile(Map.of(Reconciliation.Figure.REPLY_RATE, new BigDecimal("75")));
        assertEquals(List.of(new PlatformFigure(Reconciliation.Figure.RATING, today, new BigDecimal("4.71")),
                new PlatformFigure(Reconciliation.Figure.REPLY_RATE, today, new BigDecimal("75"))),
                workspace.chart(RuleProfile.LANCERS_CERTIFIED, today.minusWeeks(52), today, Period.ofWeeks(1))
                        .platform(), "the later reply rate of the day replaces the first");
        assertEquals(List.of(), workspace.chart(RuleProfile.LANCERS_CERTIFIED, today.minusWeeks(52),
                today.minusDays(1), Period.ofWeeks(1)).platform(), "only the days asked for");
    }

    @Test
    void rowsAreCountedSearchedAndReadAPageAtATime() {
        store.jobs().addAll(List.of(
                job("Logo", "Design", LocalDate.of(2026, 11, 1), JobStatus.IN_PROGRESS),
                job("Article", "Writing", LocalDate.of(2026, 11, 2), JobStatus.COMPLETED),
                job("Banner", "Design", LocalDate.of(2026, 11, 10), JobStatus.IN_PROGRESS),
                job("Flyer", "", LocalDate.of(2026, 10, 1), JobStatus.IN_PROGRESS)));
        assertEquals(4, workspace.count(RecordKind.JOBS, ""));
        assertEquals(1, workspace.count(RecordKind.JOBS, "Banner"));
        assertEquals(0, workspace.count(RecordKind.MESSAGES, ""));
        RowQuery<Job> byTitle = new RowQuery<>(JobColumn.TITLE, true, "", 0, 3);
        assertEquals(List.of("Article", "Banner", "Flyer"), titles(workspace.page(RecordKind.JOBS, byTitle)));
        assertEquals(List.of("Logo"), titles(workspace.page(RecordKind.JOBS, byTitle.page(3, 3))));
        assertEquals(List.of("Design", "Writing"), workspace.categories(), "each once, sorted, none empty");
        assertEquals(List.of("Banner", "Logo", "Flyer"), titles(workspace.openJobs()), "newest order first");
    }

    @Test
    void profileFilesAddedBesideTheLogbookAreReadAgainWhenAsked() throws Exception {
        CountDownLatch notYet = new CountDownLatch(1);
        workspace.readProfilesAgain(notYet::countDown); // nothing read yet: nothing to read again
        Measurement before = workspace.measure();
        assertTrue(before.profiles().find("mine").isEmpty());
        Path folder = Files.createDirectories(dir.resolve("profiles"));
        String lancers = new String(getClass().getResourceAsStream("/jp/nintei/profiles/lancers.profile")
                .readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("mine.profile"), lancers.replace("id = lancers", "id = mine"));
        CountDownLatch changed = new CountDownLatch(1);
        workspace.readProfilesAgain(changed::countDown);
        assertTrue(changed.await(30, TimeUnit.SECONDS), "told when the files changed");
        assertTrue(workspace.measure().profiles().find("mine").isPresent());
        assertEquals(1, notYet.getCount(), "the first call read nothing");
        assertNotSame(before.profiles(), workspace.measure().profiles());
    }

    static Job job(String title, String category, LocalDate ordered, JobStatus status) {
        return new Job(0, title, "", category, ordered, status, status.isClosed() ? ordered.plusDays(3) : null, null,
                false, "");
    }

    static List<String> titles(List<Job> jobs) {
        return jobs.stream().map(Job::title).toList();
    }
}
