package jp.nintei.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Duration;

/**
 * A certification program as data: its requirements in the order they are shown, what it is called, and where its
 * rules come from. Built-in profiles are resource files ({@code jp/nintei/profiles/ID.profile}); a user's own live in
 * the data folder ({@link ProfileFile} reads both).
 *
 * @param names         the program's name by language ({@code en}, {@code ja})
 * @param about         a sentence on it by language: who it is for, that the platform may change it
 * @param monthlyReview the platform reviews it on the 1st of each month (the next review is projected)
 * @param sources       where the rules come from, and when they were checked, by language
 * @param builtIn       shipped with Nintei (a user's file is not)
 */
public record RuleProfile(String id, Map<String, String> names, Map<String, String> about, boolean monthlyReview,
                          Map<String, String> sources, boolean builtIn, List<Rule> rules) {

    public static final String REPLY_RATE = "reply_rate";
    public static final String COMPLETION_RATE = "completion_rate";
    public static final String EARNINGS = "earnings";
    public static final String RATING = "rating";
    public static final String VERIFICATION = "verification";

    /** Lancers' 認定ランサー as Nintei has always measured it: the default for every logbook. */
    public static final RuleProfile LANCERS_CERTIFIED = BuiltInProfiles.read(Settings.DEFAULT_PROFILE);

    public RuleProfile {
        names = Map.copyOf(names);
        about = Map.copyOf(about);
        sources = Map.copyOf(sources);
        rules = List.copyOf(rules);
    }

    /** The name in {@code language} ({@code en}, {@code ja}), else in English. */
    public String name(String language) {
        return names.getOrDefault(language, names.getOrDefault("en", id));
    }

    public String about(String language) {
        return about.getOrDefault(language, about.getOrDefault("en", ""));
    }

    /** Where its rules come from, in {@code language}, else in English. */
    public String sources(String language) {
        return sources.getOrDefault(language, sources.getOrDefault("en", ""));
    }

    public Optional<Rule> rule(String requirement) {
        return rules.stream().filter(r -> r.requirement().equals(requirement)).findFirst();
    }

    /** How long a client waits for an on-time reply under this profile's reply-rate rule; empty without one. */
    public Optional<Duration> replyDeadline() {
        return rules.stream().filter(r -> r.metric() == Metric.REPLY_RATE).findFirst().map(ReplyRate::onTime);
    }

    /** The reply deadline of {@link #replyDeadline()}, or the usual 24 hours for a profile that counts no replies. */
    public Duration replyWithin() {
        return replyDeadline().orElse(ReplyRate.DEFAULT_ON_TIME);
    }

    /** The longest rolling window of the profile's rules, in days: what the dashboard's header names. */
    public int windowDays() {
        return rules.stream().mapToInt(Rule::windowDays).max().orElse(365);
    }
}
