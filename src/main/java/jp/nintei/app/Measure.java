package jp.nintei.app;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.math.BigDecimal;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jp.nintei.domain.AsOf;
import jp.nintei.domain.CertificationEngine;
import jp.nintei.domain.Facts;
import jp.nintei.domain.History;
import jp.nintei.domain.Message;
import jp.nintei.domain.NextReview;
import jp.nintei.domain.ProfileCatalog;
import jp.nintei.domain.Progress;
import jp.nintei.domain.Reconciliation;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.Settings;
import jp.nintei.domain.WaitingReplies;
import jp.nintei.domain.WhatIf;
import jp.nintei.store.LogbookStore;

/**
 * Every measurement of a logbook — the dashboard's, a what-if, the summary, the next review, the history — each read
 * inside one read transaction: a write committed meanwhile, by this process or another, is either wholly in it or
 * wholly out, so a number that no state of the logbook ever had is never shown.
 */
public final class Measure {

    /** Unanswered messages whose deadline passed longer ago than this collapse into one line. */
    public static final Duration RECENT_OVERDUE = Duration.ofDays(7);
    /** At most this many waiting messages are listed one by one. */
    public static final int WAITING_LIMIT = 200;

    private Measure() {
    }

    /** What the dashboard shows as of {@code now}, with {@code whatIf} made then (nothing is written). */
    public static Measurement now(LogbookStore store, ProfileCatalog catalog, ZonedDateTime now, WhatIf whatIf) {
        AsOf asOf = AsOf.of(now);
        return store.read(() -> {
            Settings settings = store.settings().load();
            RuleProfile profile = catalog.findOrDefault(settings.profile());
            record Measured(Progress progress, NextReview next) {
            }
            Measured measured = store.withFacts(real -> {
                Facts facts = whatIf.isNothing() ? real : whatIf.on(real, asOf);
                Progress progress = CertificationEngine.evaluate(facts, asOf, profile);
                return new Measured(progress, profile.monthlyReview()
                        ? NextReview.of(facts, now.toOffsetDateTime(), profile, progress) : null);
            });
            WaitingReplies waiting = store.messages().waiting(olderThan(now.toInstant(), profile), WAITING_LIMIT);
            return new Measurement(now, measured.progress(), settings, waiting, store.isEmpty(), catalog,
                    measured.next(), store.categories());
        });
    }

    /** What a summary says: the requirements and the settings they were measured with, read together. */
    public record Summary(Progress progress, Settings settings) {
    }

    /**
     * The summary as of {@code at} (or as the next monthly review will see it), by the profile {@code profileId} or,
     * when empty, the logbook's own (the default one when its file has gone).
     *
     * @throws UnknownProfileException when {@code profileId} names no profile
     */
    public static Summary summary(LogbookStore store, ProfileCatalog catalog, OffsetDateTime at,
                                  Optional<String> profileId, boolean atNextReview) {
        RuleProfile requested = profileId.map(id -> find(catalog, id)).orElse(null);
        return store.read(() -> {
            Settings settings = store.settings().load();
            RuleProfile profile = requested != null ? requested : catalog.findOrDefault(settings.profile());
            Progress progress = store.withFacts(facts -> {
                Progress now = CertificationEngine.evaluate(facts, AsOf.of(at), profile);
                return atNextReview ? NextReview.of(facts, at, profile, now).progress() : now;
            });
            return new Summary(progress, settings);
        });
    }

    /**
     * The logbook against the figures the platform shows, as of {@code at}, by the profile {@code profileId} or the
     * logbook's own: one read transaction. Nothing is written: {@link Reconcile} keeps the figures.
     */
    static List<Reconciliation.Line> reconcile(LogbookStore store, ProfileCatalog catalog, OffsetDateTime at,
                                                      Optional<String> profileId,
                                                      Map<Reconciliation.Figure, BigDecimal> platform) {
        RuleProfile requested = profileId.map(id -> find(catalog, id)).orElse(null);
        return store.read(() -> {
            RuleProfile profile = requested != null ? requested
                    : catalog.findOrDefault(store.settings().load().profile());
            return store.withFacts(facts -> Reconciliation.compare(facts, AsOf.of(at), profile, platform));
        });
    }

    /**
     * Each requirement's value at the end of each day {@code from}, {@code from + step}, … up to {@code to}, in
     * {@code zone}, handed to {@code each} as it is measured (none kept): one read transaction for all of them.
     */
    public static void history(LogbookStore store, ProfileCatalog catalog, LocalDate from, LocalDate to, Period step,
                               ZoneId zone, Optional<String> profileId, Consumer<Progress> each) {
        RuleProfile requested = profileId.map(id -> find(catalog, id)).orElse(null);
        store.read(() -> {
            RuleProfile profile = requested != null ? requested
                    : catalog.findOrDefault(store.settings().load().profile());
            return store.withFacts(facts -> {
                History.walk(facts, profile, from, to, step, zone, each);
                return true;
            });
        });
    }

    /** The chart's data: {@code profile}'s history from {@code from} to {@code to} and the platform's figures then. */
    public static ChartData chart(LogbookStore store, RuleProfile profile, LocalDate from, LocalDate to, Period step,
                                  ZoneId zone) {
        return store.read(() -> new ChartData(
                store.withFacts(facts -> History.points(facts, profile, from, to, step, zone)),
                store.platformFigures().between(from, to)));
    }

    /**
     * Whether {@code last} still shows what a measure at {@code now} would: nothing is read then but SQLite's data
     * version, so an idle window costs next to nothing. Not when another program wrote to the logbook since, nor
     * when time alone changed something shown ({@link #changesAt}).
     */
    public static boolean stillShown(Measurement last, ZonedDateTime now, LogbookStore store) {
        boolean elsewhere = store.changedElsewhere(); // asked every time, so that it compares with the last tick
        return last != null && !elsewhere && now.toInstant().isBefore(changesAt(last));
    }

    /**
     * The first instant after {@code m} was measured at which time alone changes what it shows: the next midnight
     * (every window and the next review move by day), a waiting reply's deadline, or the moment a waiting reply
     * leaves the recent list. With the recent list full, the next minute: a message beyond it may come due.
     */
    public static Instant changesAt(Measurement m) {
        ZonedDateTime at = m.measuredAt();
        Instant from = at.toInstant();
        Instant next = at.toLocalDate().plusDays(1).atStartOfDay(at.getZone()).toInstant();
        if (m.waiting().recent().size() >= WAITING_LIMIT) {
            return from.plusSeconds(60);
        }
        Duration within = m.progress().profile().replyWithin();
        for (Message message : m.waiting().recent()) {
            Instant deadline = message.received().plus(within);
            for (Instant t : new Instant[] {deadline, deadline.plus(RECENT_OVERDUE)}) {
                if (t.isAfter(from) && t.isBefore(next)) {
                    next = t;
                }
            }
        }
        return next;
    }

    /** Messages received at or before this have had their deadline pass more than {@link #RECENT_OVERDUE} ago. */
    public static Instant olderThan(Instant now, RuleProfile profile) {
        return now.minus(profile.replyWithin()).minus(RECENT_OVERDUE);
    }

    private static RuleProfile find(ProfileCatalog catalog, String id) {
        return catalog.find(id).orElseThrow(() -> new UnknownProfileException(id, catalog));
    }
}
