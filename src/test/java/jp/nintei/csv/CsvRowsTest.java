package jp.nintei.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import jp.nintei.domain.Message;
import jp.nintei.domain.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed rows of an import: every good row in order, then the bad one named where it is; nothing left running. */
class CsvRowsTest {

    @TempDir
    Path dir;

    final CsvImporter importer = new CsvImporter(ZoneId.of("Asia/Tokyo"));

    Path messages(int rows, int badLine) throws Exception {
        StringBuilder csv = new StringBuilder("client,received_at,replied_at,note\n");
        for (int i = 0; i < rows; i++) {
            String received = i + 2 == badLine ? "yesterday" : "2026-11-01T09:00:00+09:00";
            csv.append("依頼者").append(i).append(',').append(received).append(",,メモ ").append(i).append('\n');
        }
        Path file = dir.resolve("messages.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void everyRowComesInOrderAcrossManyBatches() throws Exception {
        List<Message> seen = new ArrayList<>();
        try (CsvRows<Message> rows = importer.rows(messages(12_345, -1), CsvKind.of(RecordKind.MESSAGES))) {
            rows.forEach(seen::add);
        }
        assertEquals(12_345, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals("依頼者" + i, seen.get(i).client());
        }
    }

    @Test
    void aBadRowEndsTheRowsWhereItIsNamingItsLineAndField() throws Exception {
        List<Message> seen = new ArrayList<>();
        try (CsvRows<Message> rows = importer.rows(messages(9_000, 7_001), CsvKind.of(RecordKind.MESSAGES))) {
            Iterator<Message> it = rows.iterator();
            CsvRows.Failed failed = assertThrows(CsvRows.Failed.class, () -> it.forEachRemaining(seen::add));
            assertTrue(failed.getCause().getMessage().contains("line 7001, field received_at"),
                    failed.getCause().getMessage());
        }
        assertEquals(6_999, seen.size(), "the rows before the bad one, and not one after it");
        assertThrows(ImportException.class, () -> importer.read(messages(10, 5), CsvKind.of(RecordKind.MESSAGES)));
    }

    @Test
    void closingHalfWayStopsTheReader() throws Exception {
        Path file = messages(50_000, -1);
        try (CsvRows<Message> rows = importer.rows(file, CsvKind.of(RecordKind.MESSAGES))) {
            Iterator<Message> it = rows.iterator();
            for (int i = 0; i < 10; i++) {
                it.next();
            }
        }
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("Reading " + file.getFileName()) && t.isAlive()),
                "no reader left running after close");
    }
}
