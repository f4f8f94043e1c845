package jp.nintei.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.nintei.csv.CsvImporter;
import jp.nintei.csv.CsvKind;
import jp.nintei.domain.AsOf;
import jp.nintei.domain.CertificationEngine;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Logbook;
import jp.nintei.domain.Message;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewRating;
import jp.nintei.store.LogbookStore;

/**
 * Generates logbooks at scale and prints how long the work a user waits for takes: a CSV import, reading the
 * logbook, the engine, a backup. Run with {@code ./mvnw -Pbench verify} (figures vary on a shared machine: rerun).
 */
public final class Benchmark {

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000, 100_000};
        Path dir = Files.createTempDirectory("nintei-bench");
        System.out.printf("%-10s %12s %12s %12s %12s %12s%n", "messages", "import ms", "snapshot ms", "engine ms",
                "backup ms", "file MB");
        for (int n : sizes) {
            run(dir.resolve("n" + n), n);
        }
    }

    private static void run(Path dir, int n) throws Exception {
        Files.createDirectories(dir);
        Random random = new Random(n);
        OffsetDateTime start = OffsetDateTime.parse("2026-11-28T09:00:00+09:00").minusDays(730);
        StringBuilder csv = new StringBuilder("client,received_at,replied_at,note\n");
        for (int i = 0; i < n; i++) {
            OffsetDateTime received = start.plusMinutes((long) i * 730 * 24 * 60 / n);
            csv.append("依頼者").append(i % 200).append(',').append(received).append(',')
                    .append(random.nextInt(10) == 0 ? "" : received.plusMinutes(random.nextInt(2000)).toString())
                    .append(",メッセージ ").append(i).append('\n');
        }
        Path file = dir.resolve("messages.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            List<Job> jobs = new ArrayList<>();
            List<Review> reviews = new ArrayList<>();
            for (int i = 0; i < n / 10; i++) {
                LocalDate ordered = LocalDate.of(2024, 12, 1).plusDays(i % 700);
                jobs.add(new Job(0, "案件 " + i, "依頼者", "記事作成", ordered, i % 20 == 0 ? JobStatus.CANCELLED
                        : JobStatus.COMPLETED, ordered.plusDays(3), 10_000L + i % 50_000, false, ""));
                reviews.add(new Review(0, "依頼者", ordered.plusDays(4), ReviewRating.ofStars(4 + i % 2), ""));
            }
            store.jobs().addAll(jobs);
            store.reviews().addAll(reviews);

            long t0 = System.nanoTime();
            List<Message> rows = new CsvImporter(ZoneId.of("Asia/Tokyo")).read(file, CsvKind.MESSAGES);
            store.messages().addAll(rows);
            long t1 = System.nanoTime();
            Logbook logbook = store.snapshot();
            long t2 = System.nanoTime();
            CertificationEngine.evaluate(logbook, AsOf.of(OffsetDateTime.parse("2026-11-28T18:00:00+09:00")),
                    jp.nintei.domain.RuleProfile.LANCERS_CERTIFIED);
            long t3 = System.nanoTime();
            store.backupTo(dir.resolve("backup.db"));
            long t4 = System.nanoTime();
            System.out.printf("%-10d %12d %12d %12d %12d %12.1f%n", n, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, Files.size(dir.resolve("nintei.db")) / 1e6);
        }
    }

    private Benchmark() {
    }
}
