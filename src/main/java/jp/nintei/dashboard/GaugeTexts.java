package jp.nintei.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.nintei.ui.Localization;
import jp.nintei.domain.RequirementResult;
import jp.nintei.domain.Settings;

/** Puts an engine result into the words of the dashboard. */
final class GaugeTexts {

    private final Localization l10n;
    /** The profile's on-time limit, in hours: the words say it, the profile decides it. */
    private final long replyHours;

    GaugeTexts(Localization l10n, long replyHours) {
        this.l10n = l10n;
        this.replyHours = replyHours;
    }

    Gauge gauge(RequirementResult r, Settings settings) {
        String id = r.requirement();
        String badge = l10n.text(r.met() ? "gauge.met" : "gauge.notMet");
        return new Gauge(id, l10n.text("requirement." + id, replyHours), value(r), target(r, settings), r.met(), badge,
                advice(r, settings), fraction(r));
    }

    String value(RequirementResult r) {
        if (r.value() == null) {
            return "—";
        }
        return switch (r.kind()) {
            case RATE -> r.value().movePointRight(2).setScale(1, RoundingMode.DOWN).toPlainString() + "%";
            case AVERAGE -> r.value().setScale(2, RoundingMode.DOWN).toPlainString();
            case YEN -> yen(r.value());
            case COUNT -> r.value().toPlainString() + " / " + r.target().toPlainString();
        };
    }

    private String target(RequirementResult r, Settings settings) {
        String id = r.requirement();
        return switch (r.kind()) {
            case RATE -> l10n.text("target." + id, r.target().movePointRight(2).stripTrailingZeros().toPlainString(),
                    r.basis());
            case AVERAGE -> l10n.text("target." + id, r.target().toPlainString(), r.basis());
            case YEN -> r.target() == null ? l10n.text("target.earnings.none")
                    : l10n.text("target.earnings", yen(r.target()),
                    settings.earningsCategory().isEmpty() ? l10n.text("target.earnings.allCategories")
                            : settings.earningsCategory());
            case COUNT -> l10n.text("target." + id);
        };
    }

    private String advice(RequirementResult r, Settings settings) {
        String id = r.requirement();
        if (r.met()) {
            if (r.margin() == null) {
                return l10n.text("margin.none");
            }
            Object amount = r.kind() == RequirementResult.Kind.YEN ? yen(r.margin()) : r.margin();
            return l10n.text("margin." + id, amount);
        }
        if (r.needed() == null) {
            return l10n.text("needed." + id + ".unknown");
        }
        if (id.equals("verification")) {
            return l10n.text("needed.verification", String.join(l10n.text("list.separator"), checksLeft(settings)));
        }
        Object amount = r.kind() == RequirementResult.Kind.YEN ? yen(r.needed()) : r.needed();
        return l10n.text("needed." + id, amount, replyHours);
    }

    private List<String> checksLeft(Settings s) {
        List<String> left = new ArrayList<>();
        if (!s.identityVerified()) {
            left.add(l10n.text("check.identity"));
        }
        if (!s.phoneVerified()) {
            left.add(l10n.text("check.phone"));
        }
        if (!s.ndaSigned()) {
            left.add(l10n.text("check.nda"));
        }
        return left;
    }

    private static double fraction(RequirementResult r) {
        if (r.value() == null || r.target() == null || r.target().signum() == 0) {
            return 0;
        }
        return Math.min(1.0, r.value().divide(r.target(), 4, RoundingMode.DOWN).doubleValue());
    }

    static String yen(BigDecimal amount) {
        return "¥" + NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }
}
