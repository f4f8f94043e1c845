package jp.nintei.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.nintei.i18n.Phrase;
import jp.nintei.i18n.Texts;
import jp.nintei.domain.ValueException;
import jp.nintei.store.StoreException;
import jp.nintei.store.StoreException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refusal says what is wrong in the user's language, then the ways back one per line; its kind is acted on. */
class RefusalTest {

    static final Texts ENGLISH = Texts.IN_ENGLISH;
    static final Texts JAPANESE = new Texts(Texts.JAPANESE);

    @TempDir
    Path dir;

    @Test
    void eachProblemOfTheStoreIsAKindOfRefusalTheDoorsActOn() {
        Map<Problem, Refusal.Reason> expected = Map.ofEntries(
                Map.entry(Problem.BAD_VALUE, Refusal.Reason.DAMAGED_ROWS),
                Map.entry(Problem.NOT_A_LOGBOOK, Refusal.Reason.REFUSED_LOGBOOK),
                Map.entry(Problem.OTHER_PROGRAM, Refusal.Reason.REFUSED_LOGBOOK),
                Map.entry(Problem.NEWER_VERSION, Refusal.Reason.REFUSED_LOGBOOK),
                Map.entry(Problem.DAMAGED, Refusal.Reason.REFUSED_LOGBOOK),
                Map.entry(Problem.ALREADY_OPEN, Refusal.Reason.ALREADY_OPEN),
                Map.entry(Problem.READ_ONLY, Refusal.Reason.READ_ONLY),
                Map.entry(Problem.OWN_FILE, Refusal.Reason.BAD_INPUT),
                Map.entry(Problem.NATIVE_LIBRARY, Refusal.Reason.OTHER),
                Map.entry(Problem.JOURNAL_REPLACED, Refusal.Reason.OTHER),
                Map.entry(Problem.OTHER, Refusal.Reason.OTHER));
        assertEquals(Problem.values().length, expected.size(), "every problem is mapped here");
        for (Problem problem : Problem.values()) {
            StoreException e = new StoreException(problem, dir, null, "saveFailed", "disk full");
            Refusal refused = Refusal.of(e);
            assertEquals(expected.get(problem), refused.reason(), problem.name());
            assertEquals(e.phrase(), refused.phrase());
            assertSame(e, refused.getCause());
            assertEquals(List.of(), refused.waysBack());
        }
    }

    @Test
    void whatIsWrongComesFirstThenEachWayBackOnALineOfItsOwn() {
        Phrase wrong = new Phrase("app.noLogbook", "/x/nintei.db", "NINTEI_DB");
        Phrase repair = new Phrase("app.repairHint", "/x/nintei.db");
        Phrase restore = new Phrase("app.restoreHint", "/x/backups/nintei-2026-11-27.db", "/x/nintei.db");
        Refusal refused = new Refusal(Refusal.Reason.DAMAGED_ROWS, wrong, List.of(repair, restore), null);
        assertEquals(wrong.in(ENGLISH) + "\n" + repair.in(ENGLISH) + "\n" + restore.in(ENGLISH),
                refused.words(ENGLISH));
        assertEquals(wrong.in(JAPANESE) + "\n" + repair.in(JAPANESE) + "\n" + restore.in(JAPANESE),
                refused.words(JAPANESE));
        assertEquals(List.of(repair, restore), refused.waysBack());
        assertEquals(wrong.in(ENGLISH), refused.getMessage(), "the log says it in English");
        assertEquals(wrong.in(ENGLISH), new Refusal(Refusal.Reason.OTHER, wrong).words(ENGLISH),
                "no way back: one line");
    }

    @Test
    void aBadValueIsRefusedWithItsField() {
        ValueException bad = new ValueException("title", "value.required");
        Refusal refused = Refusal.of(bad);
        assertEquals(Refusal.Reason.BAD_INPUT, refused.reason());
        assertEquals(bad.phrase(), refused.phrase());
        assertEquals(Refusal.Reason.BAD_INPUT, Refusal.badInput(new Phrase("value.required")).reason());
    }

    @Test
    void everyFailureIsWordedInTheUsersLanguage() {
        Phrase wrong = new Phrase("status.demoNoRestore");
        assertEquals(wrong.in(JAPANESE), Failures.describe(new Refusal(Refusal.Reason.OTHER, wrong), JAPANESE));
        StoreException store = new StoreException(Problem.OWN_FILE, dir, null, "ownLogbook", dir,
                new Phrase("store.purpose.csv"));
        assertEquals("Refused: " + dir + " is the logbook itself, not a CSV file. Nothing was read or written.",
                Failures.describe(store, ENGLISH));
        assertEquals(store.words(JAPANESE), Failures.describe(store, JAPANESE));
        assertEquals("title: is empty; it is required",
                Failures.describe(new ValueException("title", "value.required"), ENGLISH));
        assertEquals("something else", Failures.describe(new IllegalStateException("something else"), ENGLISH));
    }

    @Test
    void aDamagedLogbookOffersTheRepairAndTheLatestBackupButANewerOneOnlyItsOwnWords() throws Exception {
        Path logbook = dir.resolve("nintei.db");
        StoreException damagedRows = new StoreException(Problem.BAD_VALUE, logbook, null, "saveFailed", "x");
        assertEquals(List.of(new Phrase("app.repairHint", logbook)), OpenLogbook.waysBack(logbook, damagedRows),
                "no backup yet: only the repair");

        Path backup = Files.createDirectories(dir.resolve("backups")).resolve("nintei-2026-11-27.db");
        Files.writeString(backup, "a backup");
        assertEquals(List.of(new Phrase("app.repairHint", logbook), new Phrase("app.restoreHint", backup, logbook)),
                OpenLogbook.waysBack(logbook, damagedRows));
        assertEquals(List.of(new Phrase("app.restoreHint", backup, logbook)), OpenLogbook.waysBack(logbook,
                new StoreException(Problem.DAMAGED, logbook, null, "saveFailed", "x")));
        for (Problem notThen : new Problem[] {Problem.NEWER_VERSION, Problem.ALREADY_OPEN}) {
            assertEquals(List.of(), OpenLogbook.waysBack(logbook,
                    new StoreException(notThen, logbook, null, "saveFailed", "x")), notThen.name());
        }
    }
}
