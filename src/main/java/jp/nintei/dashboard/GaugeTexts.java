package jp.nintei.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import jp.nintei.ui.Localization;
import jp.nintei.words.ProgressWords;
import jp.nintei.domain.RequirementResult;
import jp.nintei.domain.Settings;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import jp.nintei.domain.NextReview;
import jp.nintei.domain.RuleProfile;

/** Puts an engine result into the words of the dashboard: {@link ProgressWords} in the app's current language. */
final class GaugeTexts {

    private final Localization l10n;

    GaugeTexts(Localization l10n) {
        this.l10n = l10n;
    }

    Gauge gauge(RequirementResult r, Settings settings, RuleProfile profile,
                NextReview next) {
        ProgressWords words = new ProgressWords(l10n.texts(), profile);
        String atReview = next == null ? "" : next.progress().result(r.requirement())
                .map(then -> l10n.text(then.met() ? "gauge.atReview" : "gauge.atReviewNotMet", monthDay(next.at()),
                        words.value(then)))
                .orElse("");
        // a value the user enters, not entered yet: said for the app (the CLI's words name the command)
        boolean toEnter = r.kind() == RequirementResult.Kind.ENTERED && r.value() == null;
        int minimum = words.tooFew(r);
        return new Gauge(r.requirement(), words.label(r), words.value(r), words.target(r, settings), r.met(),
                words.badge(r), toEnter ? l10n.text("gauge.enterInSettings") : words.advice(r, settings),
                minimum > 0 ? Math.min(1.0, (double) r.basis() / minimum) : fraction(r), ProgressWords.nearMiss(r),
                atReview, words.oneWindow() ? "" : words.windowName(r.requirement()), toEnter, minimum > 0);
    }

    /** "Rating: 4.85 → 4.78 by 12/1 — 2 reviews leave the window": a met requirement that the review will not see met. */
    String fall(NextReview.Fall fall, NextReview next, Settings settings,
                RuleProfile profile) {
        ProgressWords words = new ProgressWords(l10n.texts(), profile);
        return l10n.text("dashboard.fall", words.label(fall.now()), words.value(fall.now()), words.value(fall.then()),
                monthDay(next.at()), fall.leaving());
    }

    /** A day as a sentence names it: "Jan 1", "1月1日" — never "1/1", which reads as a count. */
    private String monthDay(OffsetDateTime day) {
        return day.format(DateTimeFormatter.ofPattern(l10n.text("format.monthDay"), l10n.locale()));
    }

    /** How much of the ring is filled: drawing only, never compared with a target. */
    private static double fraction(RequirementResult r) {
        if (r.value() == null || r.target() == null || r.target().signum() == 0) {
            return 0;
        }
        return Math.min(1.0, r.value().divide(r.target(), 4, RoundingMode.DOWN).doubleValue());
    }

    static String yen(BigDecimal amount) {
        return ProgressWords.yen(amount);
    }
}
