package jp.nintei.domain;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.nintei.i18n.Phrase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a rule profile file: UTF-8 lines of {@code key = value}, {@code #} comments. The profile's own keys come
 * first ({@code id}, {@code name.en}, {@code name.ja}, {@code about.en}, {@code about.ja}, {@code review},
 * {@code sources}); each {@code rule = REQUIREMENT} line starts a rule, whose keys follow ({@code metric},
 * {@code comparator}, {@code threshold}, {@code window}, {@code minimum}, {@code valid_from}, {@code source},
 * {@code checked}, {@code label.en}, {@code label.ja}, and the metric's own: {@code on_time_within}, {@code checks}).
 * A mistake is reported with the file and the line.
 */
public final class ProfileFile {

    private static final Set<String> PROFILE_KEYS = Set.of("id", "name.en", "name.ja", "about.en", "about.ja", "review",
            "sources", "sources.en", "sources.ja");
    private static final Set<String> RULE_KEYS = Set.of("metric", "comparator", "threshold", "window", "minimum",
            "valid_from", "source", "source.en", "source.ja", "checked", "label.en", "label.ja", "on_time_within",
            "checks", "kind");

    /** A profile file that cannot be used: the message names the file and the line. */
    public static final class ProfileException extends RuntimeException {
        private final transient Phrase phrase;

        public ProfileException(Phrase phrase) {
            super(phrase.toString());
            this.phrase = phrase;
        }

        /** The problem, with its file and line, to word in the user's language. */
        public Phrase phrase() {
            return phrase;
        }
    }

    private ProfileFile() {
    }

    // compiled once: a profile read compiled each again, for every rule (a catalog is five files or more)
    private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");
    private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern PROFILE_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern WINDOW = Pattern.compile("(\\d{1,9}) (days|months)|all");

    public static RuleProfile parse(String fileName, String text, boolean builtIn) {
        Map<String, String> profile = new HashMap<>();
        List<Map<String, String>> rules = new ArrayList<>();
        List<Integer> ruleLines = new ArrayList<>();
        Map<String, String> current = null;
        String[] lines = LINE_BREAK.split(text, -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw error(fileName, number, "keyValue", Values.shorten(line));
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (key.equals("rule")) {
                if (!RULE_ID.matcher(value).matches()) {
                    throw error(fileName, number, "ruleId", Values.shorten(value));
                }
                if (rules.stream().anyMatch(r -> r.get("rule").equals(value))) {
                    throw error(fileName, number, "ruleTwice", value);
                }
                current = new LinkedHashMap<>();
                current.put("rule", value);
                current.put("#line", String.valueOf(number));
                rules.add(current);
                ruleLines.add(number);
                continue;
            }
            Map<String, String> target = current == null ? profile : current;
            Set<String> known = current == null ? PROFILE_KEYS : RULE_KEYS;
            if (!known.contains(key)) {
                Object hint = Nearest.to(key, known).<Object>map(near -> new Phrase("profile.didYouMean", near))
                        .orElse("");
                throw current == null
                        ? error(fileName, number, "unknownKeyTop", Values.shorten(key), String.join(", ", sorted(PROFILE_KEYS)),
                                hint)
                        : error(fileName, number, "unknownKeyRule", Values.shorten(key), current.get("rule"),
                                String.join(", ", sorted(RULE_KEYS)), hint);
            }
            if (target.containsKey(key)) {
                throw error(fileName, number, "keyTwice", key);
            }
            target.put(key, value);
            target.put("#" + key, String.valueOf(number));
        }
        String id = profile.get("id");
        if (id == null || !PROFILE_ID.matcher(id).matches()) {
            throw id == null ? error(fileName, 1, "noId") : error(fileName, 1, "badId", Values.shorten(id));
        }
        if (!profile.containsKey("name.en")) {
            throw error(fileName, 1, "noName");
        }
        if (rules.isEmpty()) {
            throw error(fileName, lines.length, "noRule");
        }
        String review = profile.getOrDefault("review", "none");
        if (!review.equals("monthly") && !review.equals("none")) {
            throw error(fileName, line(profile, "review"), "review", Values.shorten(review));
        }
        List<Rule> parsed = new ArrayList<>();
        for (Map<String, String> r : rules) {
            parsed.add(rule(fileName, r));
        }
        Map<String, String> sources = languages(profile, "sources");
        if (profile.containsKey("sources")) { // one text for both languages
            sources.putIfAbsent("en", profile.get("sources"));
            sources.putIfAbsent("ja", profile.get("sources"));
        }
        return new RuleProfile(id, languages(profile, "name"), languages(profile, "about"), review.equals("monthly"),
                sources, builtIn, parsed);
    }

    private static Rule rule(String file, Map<String, String> r) {
        String requirement = r.get("rule");
        int at = Integer.parseInt(r.get("#line"));
        String metricCode = r.get("metric");
        if (metricCode == null) {
            throw error(file, at, "noMetric", requirement);
        }
        Metric metric = Metric.fromCode(metricCode).orElseThrow(() -> error(file, line(r, "metric"), "unknownMetric",
                Values.shorten(metricCode), String.join(", ", Arrays.stream(Metric.values()).map(Metric::code)
                        .toList())));
        String comparator = r.getOrDefault("comparator", ">=");
        if (!comparator.equals(">=")) {
            throw error(file, line(r, "comparator"), "comparator", Values.shorten(comparator));
        }
        EnteredKind kind = null;
        if (r.containsKey("kind")) {
            if (metric != Metric.ENTERED) {
                throw error(file, line(r, "kind"), "kindNotEntered");
            }
            kind = EnteredKind.fromCode(r.get("kind")).orElseThrow(() -> error(file, line(r, "kind"), "kind",
                    Values.shorten(r.get("kind"))));
        }
        BigDecimal threshold = null;
        if (r.containsKey("threshold")) {
            threshold = bounded(file, r, "threshold", kind != null ? new BigDecimal[] {kind.min(), kind.max()}
                    : thresholdBounds(metric));
        } else if (metric != Metric.EARNINGS) {
            throw error(file, at, "noThreshold", requirement);
        }
        Map<String, String> parameters = new HashMap<>();
        int days = 365;
        String window = r.getOrDefault("window", "365 days");
        Matcher m = WINDOW.matcher(window);
        if (!m.matches()) {
            throw error(file, line(r, "window"), "window", Values.shorten(window));
        }
        if (window.equals("all")) {
            parameters.put("window_all", "true");
        } else if (m.group(2).equals("months")) {
            int months = Integer.parseInt(m.group(1));
            if (months < 1 || months > MAX_WINDOW_MONTHS) {
                throw error(file, line(r, "window"), "windowMonths", MAX_WINDOW_MONTHS, months);
            }
            parameters.put("window_months", String.valueOf(months));
            days = months * 31;
        } else {
            days = Integer.parseInt(m.group(1));
            if (days < 1 || days > MAX_WINDOW_DAYS) {
                throw error(file, line(r, "window"), "windowDays", MAX_WINDOW_DAYS, days);
            }
        }
        int minimum = 0;
        if (r.containsKey("minimum")) {
            BigDecimal count = bounded(file, r, "minimum", new BigDecimal[] {BigDecimal.ZERO,
                BigDecimal.valueOf(MAX_MINIMUM)});
            if (count.stripTrailingZeros().scale() > 0) {
                throw error(file, line(r, "minimum"), "minimum", Values.shorten(r.get("minimum")));
            }
            minimum = count.intValue();
        }
        for (String dateKey : new String[] {"valid_from", "checked"}) {
            if (r.containsKey(dateKey)) {
                try {
                    TimeFormats.date(dateKey, r.get(dateKey));
                } catch (ValueException e) {
                    throw error(file, line(r, dateKey), e.phrase());
                }
            }
        }
        if (r.containsKey("on_time_within")) {
            Duration within;
            try {
                within = Duration.parse(r.get("on_time_within"));
            } catch (DateTimeParseException e) {
                throw error(file, line(r, "on_time_within"), "duration", Values.shorten(r.get("on_time_within")));
            }
            if (within.compareTo(Duration.ofMinutes(1)) < 0 || within.compareTo(MAX_ON_TIME) > 0) {
                throw error(file, line(r, "on_time_within"), "durationRange", Values.shorten(r.get("on_time_within")));
            }
        }
        if (r.containsKey("checks") && !Arrays.stream(r.get("checks").split(","))
                .map(String::strip).allMatch(c -> Set.of("identity", "phone", "nda").contains(c))) {
            throw error(file, line(r, "checks"), "checks", Values.shorten(r.get("checks")));
        }
        for (String key : new String[] {"valid_from", "source", "source.en", "source.ja", "checked", "label.en",
                "label.ja", "on_time_within", "checks", "kind"}) {
            if (r.containsKey(key)) {
                parameters.put(key, r.get(key));
            }
        }
        return new Rule(requirement, metric, threshold, days, minimum, parameters);
    }

    /** The widest windows a rule may have: ten years. */
    static final int MAX_WINDOW_DAYS = 3650;
    static final int MAX_WINDOW_MONTHS = 120;
    static final int MAX_MINIMUM = 1_000_000;
    static final Duration MAX_ON_TIME = Duration.ofDays(30);

    /** What a threshold can mean for {@code metric}: a rate in [0, 1], a rating in [1, 5], yen, a count of checks. */
    static BigDecimal[] thresholdBounds(Metric metric) {
        BigDecimal yen = BigDecimal.valueOf(Values.MAX_YEN);
        return switch (metric) {
            case REPLY_RATE, COMPLETION_RATE, SATISFACTION_SHARE -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE};
            case AVERAGE_RATING -> new BigDecimal[] {BigDecimal.ONE, BigDecimal.valueOf(5)};
            case CHECKS_DONE -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.valueOf(3)};
            case EARNINGS, SALES, ENTERED -> new BigDecimal[] {BigDecimal.ZERO, yen};
        };
    }

    /** The number under {@code key}, within {@code bounds}, or an error naming the file and line. */
    private static BigDecimal bounded(String file, Map<String, String> r, String key, BigDecimal[] bounds) {
        try {
            return Values.number(key, r.get(key), bounds[0], bounds[1]);
        } catch (ValueException e) {
            throw error(file, line(r, key), e.phrase());
        }
    }

    private static Map<String, String> languages(Map<String, String> keys, String prefix) {
        Map<String, String> byLanguage = new HashMap<>();
        for (String language : new String[] {"en", "ja"}) {
            if (keys.containsKey(prefix + "." + language)) {
                byLanguage.put(language, keys.get(prefix + "." + language));
            }
        }
        return byLanguage;
    }

    private static int line(Map<String, String> keys, String key) {
        return Integer.parseInt(keys.getOrDefault("#" + key, keys.getOrDefault("#line", "1")));
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    private static ProfileException error(String file, int line, String key, Object... args) {
        return error(file, line, new Phrase("profile." + key, args));
    }

    private static ProfileException error(String file, int line, Phrase problem) {
        return new ProfileException(new Phrase("profile.at", file, String.valueOf(line), problem));
    }
}
