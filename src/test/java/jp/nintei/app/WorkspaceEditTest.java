package jp.nintei.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Message;
import jp.nintei.i18n.Phrase;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.Settings;
import org.junit.jupiter.api.Test;

/** Each change is saved, measured at once, named in the Undo menu, and can be taken back and made again. */
class WorkspaceEditTest extends WorkspaceTestBase {

    static final Phrase SAVED = new Phrase("status.saved");


    static Job job(String title, JobStatus status, LocalDate closedOn) {
        return new Job(0, title, "Client", "Design", LocalDate.of(2026, 11, 1), status, closedOn, 30_000L, false, "");
    }

    static OffsetDateTime ago(Duration d) {
        return OffsetDateTime.ofInstant(NOW.minus(d), TOKYO);
    }

    static BigDecimal value(Changed<?> changed, String requirement) {
        return changed.state().progress().result(requirement).orElseThrow().value();
    }

    @Test
    void anAddedJobIsStoredMeasuredAndCanBeUndoneAndRedone() {
        Changed<Job> added = workspace.add(RecordKind.JOBS, job("Logo", JobStatus.COMPLETED, LocalDate.of(2026, 11, 5)),
                SAVED);
        assertTrue(added.result().id() > 0, "the row comes back with its id");
        assertEquals("Logo", added.result().title());
        assertEquals(List.of(added.result()), store.jobs().all());
        assertNull(added.measureFailure());
        assertFalse(added.state().empty(), "the welcome goes away");
        assertEquals(0, BigDecimal.ONE.compareTo(value(added, "completion_rate")));
        assertEquals(new UndoHistory.Labels(Optional.of(SAVED), Optional.empty()), added.labels());

        Changed<Optional<Phrase>> undone = workspace.undo();
        assertEquals(Optional.of(SAVED), undone.result(), "Undo says what it took back");
        assertEquals(0, workspace.count(RecordKind.JOBS, ""));
        assertTrue(undone.state().empty(), "measured again: the logbook is empty");
        assertEquals(new UndoHistory.Labels(Optional.empty(), Optional.of(SAVED)), undone.labels());

        Changed<Optional<Phrase>> redone = workspace.redo();
        assertEquals(Optional.of(SAVED), redone.result());
        assertEquals(List.of(added.result()), store.jobs().all(), "the same row, under the same id");
        assertFalse(redone.state().empty());
        assertEquals(new UndoHistory.Labels(Optional.of(SAVED), Optional.empty()), redone.labels());
    }

    @Test
    void anUpdateAndADeleteAreEachOneStepOfUndo() {
        Job open = workspace.add(RecordKind.JOBS, job("Logo", JobStatus.IN_PROGRESS, null), SAVED).result();
        Job done = new Job(open.id(), "Logo", "Client", "Design", open.orderedOn(), JobStatus.COMPLETED,
                LocalDate.of(2026, 11, 20), 30_000L, false, "");
        Phrase edited = new Phrase("status.edited");
        Changed<Job> updated = workspace.update(RecordKind.JOBS, done, edited);
        assertEquals(done, updated.result());
        assertEquals(List.of(done), store.jobs().all());
        assertEquals(List.of(), workspace.openJobs(), "no job is open any more");
        assertEquals(Optional.of(edited), updated.labels().undo());

        Phrase removed = new Phrase("status.deleted");
        Changed<Long> deleted = workspace.delete(RecordKind.JOBS, open.id(), removed);
        assertEquals(open.id(), deleted.result());
        assertEquals(0, workspace.count(RecordKind.JOBS, ""));
        assertTrue(deleted.state().empty());
        assertEquals(Optional.of(removed), deleted.labels().undo());

        assertEquals(Optional.of(removed), workspace.undo().result());
        assertEquals(List.of(done), store.jobs().all(), "the deleted job is back as it was");
        Changed<Optional<Phrase>> undoneEdit = workspace.undo();
        assertEquals(Optional.of(edited), undoneEdit.result());
        assertEquals(List.of(open), store.jobs().all(), "in progress again");
        assertEquals(List.of(open), workspace.openJobs());
        assertEquals(new UndoHistory.Labels(Optional.of(SAVED), Optional.of(edited)), undoneEdit.labels());
    }

    @Test
    void withNothingToTakeBackUndoAndRedoSayNothingAndMeasureNothing() {
        for (Changed<Optional<Phrase>> moved : List.of(workspace.undo(), workspace.redo())) {
            assertEquals(Optional.empty(), moved.result());
            assertNull(moved.state(), "nothing changed: nothing is measured");
            assertNull(moved.measureFailure());
            assertEquals(new UndoHistory.Labels(Optional.empty(), Optional.empty()), moved.labels());
        }
    }

    @Test
    void aNewChangeAfterAnUndoCannotBeRedoneOver() {
        workspace.add(RecordKind.JOBS, job("A", JobStatus.IN_PROGRESS, null), new Phrase("status.a"));
        workspace.undo();
        Changed<Job> b = workspace.add(RecordKind.JOBS, job("B", JobStatus.IN_PROGRESS, null), new Phrase("status.b"));
        assertEquals(Optional.empty(), b.labels().redo());
        assertEquals(Optional.empty(), workspace.redo().result());
        assertEquals(List.of("B"), store.jobs().all().stream().map(Job::title).toList());
    }

    @Test
    void theLastFiftyChangesCanBeTakenBack() {
        for (int i = 0; i < UndoHistory.LIMIT + 1; i++) {
            workspace.add(RecordKind.MESSAGES, new Message(0, "client " + i, ago(Duration.ofHours(i + 1)), null, false,
                    ""), new Phrase("status.n", i));
        }
        for (int i = UndoHistory.LIMIT; i > 0; i--) {
            assertEquals(Optional.of(new Phrase("status.n", i)), workspace.undo().result());
        }
        assertEquals(Optional.empty(), workspace.undo().result(), "the first change is beyond the fifty kept");
        assertEquals(List.of("client 0"), store.messages().all().stream().map(Message::client).toList());
    }

    @Test
    void savedSettingsAreMeasuredAndCanBeTakenBack() {
        Settings before = store.settings().load();
        Settings checks = new Settings(150_000L, "Design", true, true, false);
        Changed<Settings> saved = workspace.saveSettings(checks);
        assertEquals(checks, saved.result());
        assertEquals(checks, store.settings().load());
        assertEquals(checks, saved.state().settings());
        assertEquals(0, BigDecimal.TWO.compareTo(value(saved, "verification")), "two of three checks done");
        assertEquals(Optional.of(new Phrase("status.settingsSaved")), saved.labels().undo());
        assertEquals("Settings saved", saved.labels().undo().orElseThrow().toString());

        Changed<Optional<Phrase>> undone = workspace.undo();
        assertEquals(before, store.settings().load());
        assertEquals(before, undone.state().settings());
        assertEquals(0, BigDecimal.ZERO.compareTo(value(undone, "verification")));
        workspace.redo();
        assertEquals(checks, store.settings().load());
    }

    @Test
    void messagesWhoseDeadlinePassedMoreThanAWeekAgoAreDismissedInOneStep() {
        Duration oldest = Duration.ofDays(8); // the 24-hour deadline, then the week
        store.messages().addAll(List.of(
                new Message(0, "nine days", ago(Duration.ofDays(9)), null, false, ""),
                new Message(0, "just old enough", ago(oldest), null, false, ""),
                new Message(0, "a second short", ago(oldest.minusSeconds(1)), null, false, ""),
                new Message(0, "two days", ago(Duration.ofDays(2)), null, false, ""),
                new Message(0, "answered", ago(Duration.ofDays(10)), ago(Duration.ofDays(10).minusHours(1)), false,
                        "")));
        assertEquals(2, workspace.measure().waiting().older());

        Changed<Phrase> dismissed = workspace.dismissOlderUnanswered(RuleProfile.LANCERS_CERTIFIED);
        assertEquals(new Phrase("status.olderDismissed", 2), dismissed.result());
        assertEquals("2 messages marked \"no reply needed\"", dismissed.result().toString());
        assertEquals(Optional.of(dismissed.result()), dismissed.labels().undo());
        assertEquals(0, dismissed.state().waiting().older());
        assertEquals(List.of("a second short", "two days"),
                dismissed.state().waiting().recent().stream().map(Message::client).toList());
        assertEquals(List.of("just old enough", "nine days"), store.messages().all().stream()
                .filter(Message::noReplyNeeded).map(Message::client).sorted().toList());

        Changed<Optional<Phrase>> undone = workspace.undo();
        assertEquals(2, undone.state().waiting().older(), "Undo gives them back their place");
        assertEquals(0, store.messages().all().stream().filter(Message::noReplyNeeded).count());

        workspace.redo();
        Changed<Phrase> again = workspace.dismissOlderUnanswered(RuleProfile.LANCERS_CERTIFIED);
        assertEquals("No message marked \"no reply needed\"", again.result().toString());
    }

    @Test
    void aChangeIsMeasuredAsOfTheClockInTheUsersTimeZone() {
        Changed<Message> added = workspace.add(RecordKind.MESSAGES, new Message(0, "A", ago(Duration.ofHours(2)),
                ago(Duration.ofHours(1)), false, ""), SAVED);
        assertNotNull(added.state());
        assertEquals(NOW, added.state().measuredAt().toInstant(), "measured as of the clock");
        assertEquals(TOKYO, added.state().measuredAt().getZone());
        assertEquals(1, added.state().progress().result("reply_rate").orElseThrow().basis());
    }
}
