package jp.nintei.store;

import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Message;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewRating;
import jp.nintei.domain.Settings;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic few months of a new freelancer's logbook, ending now, so that a first run shows living gauges:
 * mostly quick replies with a few late ones, a cancelled job, good reviews, two of three checks done.
 */
public record SampleData(List<Job> jobs, List<Message> messages, List<Review> reviews, Settings settings) {

    private static final String[] CLIENTS = {"田中様", "株式会社ウェブ工房", "Blog Media, Inc.", "さくら出版", "山本デザイン事務所"};
    private static final String[] TITLES = {"SEO記事 5本", "LPのコピーライティング", "商品紹介記事", "取材記事の作成",
        "メルマガ原稿", "ブログ記事リライト"};

    public SampleData {
        jobs = List.copyOf(jobs);
        messages = List.copyOf(messages);
        reviews = List.copyOf(reviews);
    }

    public static SampleData endingAt(ZonedDateTime now) {
        Random random = new Random(20261128);
        LocalDate today = now.toLocalDate();
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            LocalDate ordered = today.minusDays(120 - i * 7L);
            boolean cancelled = i == 5;
            boolean open = i >= 14;
            JobStatus status = open ? JobStatus.IN_PROGRESS : cancelled ? JobStatus.CANCELLED : JobStatus.COMPLETED;
            jobs.add(new Job(0, TITLES[i % TITLES.length], CLIENTS[i % CLIENTS.length], "記事作成", ordered, status,
                    open ? null : ordered.plusDays(5), cancelled ? null : 6_000L + random.nextInt(10) * 1_000L, false, ""));
        }

        List<Message> messages = new ArrayList<>();
        OffsetDateTime start = now.toOffsetDateTime().minusDays(110).withHour(10).withMinute(0).withSecond(0);
        for (int i = 0; i < 34; i++) {
            OffsetDateTime received = start.plusDays(i * 3L).plusMinutes(random.nextInt(480));
            long minutes = i % 9 == 4 ? 26 * 60 + random.nextInt(600) : 20 + random.nextInt(600);
            messages.add(new Message(0, CLIENTS[i % CLIENTS.length], received, received.plusMinutes(minutes), false,
                    "案件の相談"));
        }
        OffsetDateTime latest = now.toOffsetDateTime();
        messages.add(new Message(0, "田中様", latest.minusHours(22).minusMinutes(48), null, false, "記事の修正点について"));
        messages.add(new Message(0, "株式会社ウェブ工房", latest.minusHours(18).minusMinutes(26), null, false, "次回の構成案"));
        messages.add(new Message(0, "Blog Media, Inc.", latest.minusHours(30), null, false, "見積もりのお願い"));

        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            ReviewRating rating = i == 3 || i == 9 ? ReviewRating.STARS_4 : ReviewRating.STARS_5;
            reviews.add(new Review(0, CLIENTS[i % CLIENTS.length], today.minusDays(110 - i * 8L), rating, "丁寧な対応でした"));
        }
        reviews.add(new Review(0, "さくら出版", today.minusDays(12), ReviewRating.SATISFIED, ""));
        return new SampleData(jobs, messages, reviews, new Settings(150_000L, "記事作成", true, false, true));
    }
}
