package jp.nintei.ui;

import java.time.ZonedDateTime;
import jp.nintei.domain.Progress;
import jp.nintei.domain.Settings;
import jp.nintei.domain.WaitingReplies;

/**
 * What the dashboard and the settings show, computed off the FX thread after every change and on every tick.
 *
 * @param measuredAt when the progress was measured
 * @param empty      nothing logged yet: the welcome shows
 * @param profiles   the rule profiles to choose from, and the problems of profile files that could not be read
 * @param next       the next monthly review and what it will see; null for a profile without one
 */
public record SessionState(ZonedDateTime measuredAt, Progress progress, Settings settings, WaitingReplies waiting,
                           boolean empty, jp.nintei.domain.ProfileCatalog profiles, jp.nintei.domain.NextReview next) {
}
