package jp.nintei.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import jp.nintei.store.SmallDisk;
import org.junit.jupiter.api.Assertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Logbook;
import jp.nintei.domain.Message;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewRating;
import jp.nintei.domain.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRoundTripTest {

    @TempDir
    Path dir;

    static final String[] HOSTILE = {"=HYPERLINK(\"http://x\",\"y\")", "+81-3-1234", "-5", "@SUM(A1)", "'quoted",
        "''twice", "'); DROP TABLE job;--", "株式会社 \"ABC\", 東京", "1行目\n2行目", "a\r\nb", "普通のメモ"};

    static Logbook hostileLogbook() {
        List<Job> jobs = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < HOSTILE.length; i++) {
            String t = HOSTILE[i];
            jobs.add(new Job(i + 1, t, t, t, LocalDate.of(2026, 1, 1).plusDays(i),
                    i % 3 == 0 ? JobStatus.IN_PROGRESS : i % 3 == 1 ? JobStatus.COMPLETED : JobStatus.CANCELLED,
                    i % 3 == 0 ? null : LocalDate.of(2026, 3, 1), i % 2 == 0 ? null : 1000L * i, i % 4 == 0, t));
            messages.add(new Message(i + 1, t, OffsetDateTime.parse("2026-11-01T09:00:00-05:00").plusHours(i),
                    i % 2 == 0 ? null : OffsetDateTime.parse("2026-11-05T09:00:00+09:00"), i % 5 == 0, t));
            reviews.add(new Review(i + 1, t, LocalDate.of(2026, 6, 1),
                    ReviewRating.values()[i % ReviewRating.values().length], t));
        }
        return new Logbook(jobs, messages, reviews, Settings.EMPTY);
    }

    @Test
    void everyKindReadsBackIdentical() throws Exception {
        Logbook logbook = hostileLogbook();
        CsvImporter importer = new CsvImporter(ZoneId.of("Asia/Tokyo"));
        for (CsvKind<?> kind : List.of(CsvKind.JOBS, CsvKind.MESSAGES, CsvKind.REVIEWS)) {
            Path file = dir.resolve(kind.name() + ".csv");
            CsvFiles.writeForExcel(file, CsvExporter.write(logbook, kind));
            List<?> back = importer.read(file, kind);
            List<?> original = kind == CsvKind.JOBS ? logbook.jobs() : kind == CsvKind.MESSAGES ? logbook.messages()
                    : logbook.reviews();
            assertEquals(original.size(), back.size());
            for (int i = 0; i < back.size(); i++) {
                assertEquals(withId(original.get(i), 0), back.get(i), kind.name() + " row " + i);
            }
        }
    }

    @Test
    void cellsASpreadsheetWouldRunAreNeutralisedAndNumbersAreNot() throws Exception {
        Path file = dir.resolve("jobs.csv");
        CsvFiles.writeForExcel(file, CsvExporter.write(hostileLogbook(), CsvKind.JOBS));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFtitle,client,category,ordered_on,status,closed_on,amount_jpy,excluded,note\n"));
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""), text);
        assertTrue(text.contains("'+81-3-1234,"), text);
        assertTrue(text.contains("'-5,'-5,'-5,2026-01-03,cancelled,2026-03-01,,false,'-5"), text);
        assertTrue(text.contains("'@SUM(A1)"), text);
        assertTrue(text.contains("''quoted"), text);
        for (String line : text.split("\n")) {
            for (String cell : line.split(",")) {
                assertTrue(cell.isEmpty() || "=+-@".indexOf(cell.charAt(0)) < 0, "unsafe cell: " + cell);
            }
        }
        assertTrue(text.contains(",1000,") || text.contains(",3000,"), "amounts are written as plain numbers");
    }

    /** A summary that does not fit on the disk fails, and the previous one is still whole (a real, small, full disk). */
    @Test
    void theSummaryIsNeverHalfWritten() throws Exception {
        Path usb = dir.resolve("usb");
        try (var disk = SmallDisk.mount(usb, "64k")) {
            Path file = usb.resolve("summary.csv");
            Files.writeString(file, "the previous summary");
            String huge = "requirement,value\n" + "reply_rate,0.8000\n".repeat(10_000); // ~180 KB: does not fit
            Assertions.assertThrows(IOException.class,
                    () -> CsvFiles.writeForExcel(file, huge));
            assertEquals("the previous summary", Files.readString(file));
            try (var files = Files.list(usb)) {
                assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
            }
        }
    }

    private static Object withId(Object row, long id) {
        if (row instanceof Job j) {
            return j.withId(id);
        }
        if (row instanceof Message m) {
            return m.withId(id);
        }
        return ((Review) row).withId(id);
    }
}
