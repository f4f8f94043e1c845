package jp.nintei.app;

import java.time.ZonedDateTime;
import java.util.List;
import jp.nintei.domain.Progress;
import jp.nintei.domain.Settings;
import jp.nintei.domain.WaitingReplies;
import jp.nintei.domain.AsOf;
import jp.nintei.domain.CertificationEngine;
import jp.nintei.domain.Logbook;
import jp.nintei.domain.NextReview;
import jp.nintei.domain.ProfileCatalog;
import jp.nintei.domain.RuleProfile;

/**
 * What the dashboard and the settings show, and what a summary prints: every requirement and the next review, the
 * settings, the waiting replies — all read from one state of the logbook ({@link Measure}).
 *
 * @param measuredAt when the progress was measured
 * @param empty      nothing logged yet: the welcome shows
 * @param profiles   the rule profiles to choose from, and the problems of profile files that could not be read
 * @param next       the next monthly review and what it will see; null for a profile without one
 * @param categories the job categories in use, in order (the jobs form and the earnings category offer them): read
 *                   in the same transaction, so no screen reads them again after a change
 */
public record Measurement(ZonedDateTime measuredAt, Progress progress, Settings settings, WaitingReplies waiting,
                           boolean empty, ProfileCatalog profiles, NextReview next, List<String> categories) {

    public Measurement {
        categories = List.copyOf(categories);
    }

    /** The same measure, shown as of {@code now}: when nothing it shows has changed since (see the tick). */
    public Measurement at(ZonedDateTime now) {
        return new Measurement(now, progress, settings, waiting, empty, profiles, next, categories);
    }

    /** What the screens show before the logbook is first measured: an empty logbook by the default rules. */
    public static Measurement before(ZonedDateTime now) {
        return new Measurement(now, CertificationEngine.evaluate(Logbook.EMPTY,
                AsOf.of(now), RuleProfile.LANCERS_CERTIFIED), Settings.EMPTY,
                WaitingReplies.NONE, false, ProfileCatalog.BUILT_IN, null, List.of());
    }
}
