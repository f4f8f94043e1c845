package jp.nintei.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Message;
import jp.nintei.i18n.Phrase;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewRating;
import jp.nintei.store.SampleData;
import jp.nintei.i18n.Texts;
import org.junit.jupiter.api.Test;

/** A CSV file is previewed, then imported as one step of Undo without doubling rows; the summary is exported. */
class WorkspaceImportExportTest extends WorkspaceTestBase {

    static final Texts ENGLISH = Texts.IN_ENGLISH;


    Path csv(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static final String MESSAGES = """
            client,received_at,replied_at,note
            A,2026-11-20T10:00:00+09:00,2026-11-20T11:00:00+09:00,
            B,2026-11-21T10:00:00+09:00,2026-11-21T12:00:00+09:00,
            C,2026-11-22T10:00:00+09:00,2026-11-24T10:00:00+09:00,late
            """;

    @Test
    void aPreviewCountsWhatIsAlreadyThereAndWritesNothing() throws Exception {
        store.messages().add(new Message(0, "A", OffsetDateTime.parse("2026-11-20T10:00:00+09:00"),
                OffsetDateTime.parse("2026-11-20T11:00:00+09:00"), false, ""));
        Path file = csv("messages.csv", MESSAGES);
        Imports.Preview<Message> preview = workspace.previewImport(RecordKind.MESSAGES, file, ENGLISH);
        assertEquals(RecordKind.MESSAGES, preview.kind());
        assertEquals(file, preview.file());
        assertEquals(List.of("A", "B", "C"), preview.rows().stream().map(Message::client).toList());
        assertEquals(1, preview.alreadyThere());
        assertEquals(2, preview.added());
        assertEquals(1, workspace.count(RecordKind.MESSAGES, ""), "a preview writes nothing");

        Changed<Phrase> imported = workspace.importRows(preview);
        assertEquals(new Phrase("status.importSkipped",
                new Phrase("status.imported.messages", 2, Path.of("messages.csv")), 1L), imported.result());
        assertEquals("2 messages imported from messages.csv; 1 already in the logbook was skipped",
                imported.result().toString());
        assertEquals(Optional.of(imported.result()), imported.labels().undo(), "Undo names the import");
        assertEquals(3, workspace.count(RecordKind.MESSAGES, ""));
        assertEquals(3, imported.state().progress().result("reply_rate").orElseThrow().basis());

        assertEquals(Optional.of(imported.result()), workspace.undo().result());
        assertEquals(List.of("A"), store.messages().all().stream().map(Message::client).toList(),
                "Undo takes back only the rows the import added");
        workspace.redo();
        assertEquals(3, workspace.count(RecordKind.MESSAGES, ""));
    }

    @Test
    void eachKindSaysHowManyRowsCameFromWhichFile() throws Exception {
        Changed<Phrase> jobs = workspace.importRows(workspace.previewImport(RecordKind.JOBS, csv("jobs.csv", """
                title,ordered_on,status,closed_on,amount_jpy,category
                Logo,2026-11-01,completed,2026-11-10,30000,Design
                Banner,2026-11-05,in_progress,,,Ads
                """), ENGLISH));
        assertEquals(new Phrase("status.imported.jobs", 2, Path.of("jobs.csv")), jobs.result());
        assertEquals("2 jobs imported from jobs.csv", jobs.result().toString());
        assertEquals(List.of("Ads", "Design"), workspace.categories());
        assertEquals(List.of("Banner"), workspace.openJobs().stream().map(Job::title).toList());

        Changed<Phrase> reviews = workspace.importRows(workspace.previewImport(RecordKind.REVIEWS,
                csv("reviews.csv", "rated_on,rating,client\n2026-11-12,5,Shop\n"), ENGLISH));
        assertEquals("1 review imported from reviews.csv", reviews.result().toString());
        assertEquals(List.of(new Review(store.reviews().all().get(0).id(), "Shop", LocalDate.of(2026, 11, 12),
                ReviewRating.STARS_5, "")), store.reviews().all());

        Changed<Phrase> again = workspace.importRows(workspace.previewImport(RecordKind.REVIEWS,
                dir.resolve("reviews.csv"), ENGLISH));
        assertEquals("No reviews imported from reviews.csv; 1 already in the logbook was skipped",
                again.result().toString(), "the same file twice does not double the reviews");
        assertEquals(1, workspace.count(RecordKind.REVIEWS, ""));
    }

    @Test
    void aBadFileIsRefusedWithItsLineAndFieldAndNothingIsImported() throws Exception {
        Path bad = csv("bad.csv", "title,ordered_on,status\nLogo,2026-01-01,in_progress\nBanner,2026-01-01,done\n");
        Refusal refused = assertThrows(Refusal.class, () -> workspace.previewImport(RecordKind.JOBS, bad, ENGLISH));
        assertEquals(Refusal.Reason.BAD_INPUT, refused.reason());
        assertTrue(refused.words(ENGLISH).contains("line 3, field status: 'done' is not a status"),
                refused.words(ENGLISH));
        assertEquals(0, workspace.count(RecordKind.JOBS, ""));
    }

    @Test
    void theLogbookItselfIsNeverReadAsACsvFile() {
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> workspace.previewImport(RecordKind.JOBS, dir.resolve("nintei.db"), ENGLISH));
        assertTrue(Failures.describe(refused, ENGLISH).contains("is the logbook itself, not a CSV file"),
                Failures.describe(refused, ENGLISH));
    }

    @Test
    void theSummaryIsWrittenForExcelAsTheCliPrintsIt() throws Exception {
        store.messages().addAll(List.of(
                new Message(0, "A", OffsetDateTime.parse("2026-11-20T10:00:00+09:00"),
                        OffsetDateTime.parse("2026-11-20T11:00:00+09:00"), false, ""),
                new Message(0, "B", OffsetDateTime.parse("2026-11-21T10:00:00+09:00"),
                        OffsetDateTime.parse("2026-11-21T12:00:00+09:00"), false, ""),
                new Message(0, "C", OffsetDateTime.parse("2026-11-22T10:00:00+09:00"),
                        OffsetDateTime.parse("2026-11-24T10:00:00+09:00"), false, "")));
        Path target = dir.resolve("summary.csv");
        assertEquals(target.toAbsolutePath(), workspace.exportSummary(target, ENGLISH));

        byte[] bytes = Files.readAllBytes(target);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3),
                "a byte-order mark, for Excel");
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("requirement,value,target,met,needed,margin,label,shown,in_words,as_of,window", lines.get(0));
        assertEquals(List.of("reply_rate", "completion_rate", "earnings", "rating", "verification"),
                lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList());
        assertTrue(lines.get(1).startsWith("reply_rate,0.6666,0.8000,false,"), lines.get(1));
        assertTrue(lines.get(1).contains(",2026-11-28T17:00:00+09:00,"), "as of the clock, in Tokyo: " + lines.get(1));

        String japanese = new String(Files.readAllBytes(workspace.exportSummary(dir.resolve("ja.csv"),
                new Texts(Texts.JAPANESE))), StandardCharsets.UTF_8);
        assertTrue(japanese.contains("返信率"), "the readable columns in the language asked for: " + japanese);
    }

    @Test
    void theSummaryNeverOverwritesTheLogbook() throws Exception {
        store.jobs().add(WorkspaceEditTest.job("Logo", JobStatus.IN_PROGRESS, null));
        for (String name : new String[] {"nintei.db", "nintei.db-wal"}) {
            Path own = dir.resolve(name);
            RuntimeException refused = assertThrows(RuntimeException.class,
                    () -> workspace.exportSummary(own, ENGLISH));
            assertTrue(Failures.describe(refused, ENGLISH).contains("not an output file"),
                    Failures.describe(refused, ENGLISH));
        }
        assertEquals(1, workspace.count(RecordKind.JOBS, ""), "the logbook is as it was");
    }

    @Test
    void inTheSampleDataTheSummaryIsTheSampleDatasAndTheUsersLogbookIsStillRefused() throws Exception {
        workspace.openDemo();
        Path target = workspace.exportSummary(dir.resolve("demo.csv"), ENGLISH);
        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("verification,2,3,false,1,")), text);
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> workspace.exportSummary(dir.resolve("nintei.db"), ENGLISH));
        assertTrue(Failures.describe(refused, ENGLISH).contains("is the logbook itself"));
        RuntimeException csv = assertThrows(RuntimeException.class,
                () -> workspace.previewImport(RecordKind.JOBS, dir.resolve("nintei.db"), ENGLISH));
        assertTrue(Failures.describe(csv, ENGLISH).contains("is the logbook itself, not a CSV file"),
                "the user's own logbook, though the sample data is shown");
        RuntimeException demo = assertThrows(RuntimeException.class,
                () -> workspace.previewImport(RecordKind.JOBS, workspace.file(), ENGLISH));
        assertTrue(Failures.describe(demo, ENGLISH).contains("is the logbook itself, not a CSV file"));
    }
}
