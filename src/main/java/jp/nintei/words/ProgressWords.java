package jp.nintei.words;

import jp.nintei.domain.AsOf;
import jp.nintei.domain.EnteredKind;
import jp.nintei.domain.RequirementResult;
import jp.nintei.domain.Rule;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.Settings;
import jp.nintei.i18n.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A requirement's result in words, as the dashboard and the summary's readable columns show it: its label, the value
 * as shown ("88.2%", "¥126,000"), the target, and what is still needed or the margin. Plain Java on {@link Texts}.
 */
public final class ProgressWords {

    private final Texts texts;
    private final RuleProfile profile;
    /** The profile's on-time limit, in hours: the words say it, the profile decides it. */
    private final long replyHours;

    public ProgressWords(Texts texts, RuleProfile profile) {
        this.texts = texts;
        this.profile = profile;
        this.replyHours = profile.replyWithin().toHours();
    }

    /** The rule's own label from its profile, else the bundle's word for the requirement. */
    public String label(RequirementResult r) {
        return profile.rule(r.requirement()).flatMap(rule -> rule.label(texts.locale().getLanguage()))
                .orElseGet(() -> texts.text(known("requirement." + r.requirement(), "requirement.other"), replyHours,
                        r.requirement()));
    }

    /** {@code key} when the bundle has it, else {@code fallback}: a user's profile may name requirements of its own. */
    private String known(String key, String fallback) {
        return texts.has(key) ? key : fallback;
    }

    public String badge(RequirementResult r) {
        int minimum = tooFew(r);
        if (minimum > 0) {
            return texts.text("gauge.tooFew", r.basis(), minimum);
        }
        return texts.text(r.met() ? "gauge.met" : nearMiss(r) ? "gauge.nearMiss" : "gauge.notMet");
    }

    /**
     * The rule's minimum count when the value reaches the target but too few items count yet (100 % of 4 replies,
     * 5 needed): not a miss but "not yet"; else 0. Values are cut, never rounded up, so a value at the target that
     * is not met can only lack the count.
     */
    public int tooFew(RequirementResult r) {
        if (r.met() || r.value() == null || r.target() == null || r.value().compareTo(r.target()) < 0
                || (r.kind() != RequirementResult.Kind.RATE && r.kind() != RequirementResult.Kind.AVERAGE)) {
            return 0;
        }
        return profile.rule(r.requirement()).map(Rule::minimumCount).filter(minimum -> minimum > r.basis())
                .orElse(0);
    }

    /**
     * Not met, but at 97 % of the target or more (a rate, an average or earnings): "almost", so that 4.79 against
     * 4.8 does not read like 10 %. Exact: value × 100 ≥ target × 97.
     */
    public static boolean nearMiss(RequirementResult r) {
        if (r.met() || r.value() == null || r.target() == null || r.kind() == RequirementResult.Kind.COUNT
                || r.target().signum() <= 0 || r.value().compareTo(r.target()) >= 0) {
            return false; // (a value at the target that is not met lacks a minimum count: not a near miss)
        }
        return r.value().multiply(BigDecimal.valueOf(100)).compareTo(r.target().multiply(BigDecimal.valueOf(97))) >= 0;
    }

    /** The value as the dashboard shows it; "—" where there is none. */
    public String value(RequirementResult r) {
        if (r.value() == null) {
            return "—";
        }
        return switch (r.kind()) {
            case RATE -> r.value().movePointRight(2).setScale(1, RoundingMode.DOWN).toPlainString() + "%";
            case AVERAGE -> r.value().setScale(2, RoundingMode.DOWN).toPlainString();
            case YEN -> yen(r.value());
            case COUNT -> r.value().toPlainString() + " / " + r.target().toPlainString();
            case ENTERED -> yesNo(r) ? texts.text(r.value().signum() > 0 ? "entered.yes" : "entered.no")
                    : r.value().toPlainString();
        };
    }

    /** Whether the requirement is a yes / no the user enters (a ranking reached at least once). */
    private boolean yesNo(RequirementResult r) {
        return r.kind() == RequirementResult.Kind.ENTERED && profile.rule(r.requirement())
                .flatMap(Rule::enteredKind).orElse(EnteredKind.COUNT) == EnteredKind.YES_NO;
    }

    public String target(RequirementResult r, Settings settings) {
        String id = r.requirement();
        return switch (r.kind()) {
            case RATE -> texts.text(known("target." + id, "target.rate"),
                    r.target().movePointRight(2).stripTrailingZeros().toPlainString(), r.basis());
            case AVERAGE -> texts.text(known("target." + id, "target.rating"), r.target().toPlainString(), r.basis());
            case YEN -> id.equals("sales") || (r.target() != null && !id.equals("earnings"))
                    ? texts.text("target.sales", yen(r.target()))
                    : r.target() == null ? texts.text("target.earnings.none")
                    : texts.text("target.earnings", yen(r.target()),
                    settings.earningsCategory().isEmpty() ? texts.text("target.earnings.allCategories")
                            : settings.earningsCategory());
            case COUNT -> texts.text(known("target." + id, "target.checks"), r.target()); // a Number: {0,choice}
            case ENTERED -> yesNo(r) ? texts.text("target.enteredYes")
                    : texts.text("target.entered", r.target().toPlainString());
        };
    }

    /** What is still needed ("3 more on-time replies"), or when met the margin. */
    public String advice(RequirementResult r, Settings settings) {
        String id = r.requirement();
        if (yesNo(r)) {
            return texts.text(r.value() == null ? "needed.unknown.entered" : r.met() ? "margin.enteredYes"
                    : "needed.enteredYes", id);
        }
        if (r.met()) {
            if (r.margin() == null) {
                return texts.text("margin.none");
            }
            Object amount = r.kind() == RequirementResult.Kind.YEN ? yen(r.margin()) : r.margin();
            return texts.text(known("margin." + id, "margin." + r.kind().name().toLowerCase(Locale.ROOT)), amount);
        }
        if (r.needed() == null) {
            return texts.text(known("needed." + id + ".unknown", "needed.unknown." + r.kind().name().toLowerCase(
                    Locale.ROOT)), id);
        }
        if (r.kind() == RequirementResult.Kind.COUNT) {
            return texts.text("needed.verification", String.join(texts.text("list.separator"),
                    checksLeft(settings, profile.rule(id).map(Rule::checks).orElse(List.of()))));
        }
        Object amount = r.kind() == RequirementResult.Kind.YEN ? yen(r.needed()) : r.needed();
        return texts.text(known("needed." + id, "needed." + r.kind().name().toLowerCase(Locale.ROOT)), amount,
                replyHours);
    }

    private List<String> checksLeft(Settings s, List<String> counted) {
        List<String> left = new ArrayList<>();
        if (counted.contains("identity") && !s.identityVerified()) {
            left.add(texts.text("check.identity"));
        }
        if (counted.contains("phone") && !s.phoneVerified()) {
            left.add(texts.text("check.phone"));
        }
        if (counted.contains("nda") && !s.ndaSigned()) {
            left.add(texts.text("check.nda"));
        }
        return left;
    }

    /** The rule's window by name: "past 365 days", "past 3 months", "all time"; "" for a rule without one. */
    public String windowName(String requirement) {
        return profile.rule(requirement).filter(Rule::hasWindow).map(rule -> switch (rule.windowKind()) {
            case DAYS -> texts.text("window.days", rule.windowLength());
            case MONTHS -> texts.text("window.months", rule.windowLength());
            case ALL -> texts.text("window.all");
        }).orElse("");
    }

    /**
     * The rule's window as of {@code asOf}, with its first and last day: "past 365 days (2025-11-29 – 2026-11-28)",
     * "past 3 months (2026-08-29 – 2026-11-28)", "all time (up to 2026-11-28)"; "now" for a rule without a window (the
     * checks, an entered value).
     */
    public String window(String requirement, AsOf asOf) {
        return profile.rule(requirement).filter(Rule::hasWindow).map(rule -> rule.windowKind() == Rule.WindowKind.ALL
                ? texts.text("window.allUpTo", asOf.date().toString())
                : texts.text("window.dated", windowName(requirement), rule.dayBefore(asOf).plusDays(1).toString(),
                        asOf.date().toString())).orElse(texts.text("window.none"));
    }

    /** Whether every rule that looks at a window looks at the same one: then one header can name it for all. */
    public boolean oneWindow() {
        return profile.rules().stream().filter(Rule::hasWindow).map(r -> windowName(r.requirement())).distinct()
                .count() <= 1;
    }

    public static String yen(BigDecimal amount) {
        return "¥" + NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }
}
