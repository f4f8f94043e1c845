package jp.nintei.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import jp.nintei.domain.EnteredKind;
import jp.nintei.domain.Nearest;
import jp.nintei.i18n.Phrase;
import jp.nintei.domain.ProfileCatalog;
import jp.nintei.domain.Rule;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.SettingKey;
import jp.nintei.domain.Settings;
import jp.nintei.domain.ValueException;
import jp.nintei.store.StoreException;
import java.nio.file.Path;

/**
 * Reading and changing the settings by their names ({@code earnings.cutoff}, {@code entered.scouts}…), with the
 * rules every door shares: a value is checked by the domain's rules for its key (an entered value by its kind, from
 * the profile that asks for it), and a key that is not one is refused with the nearest one suggested.
 */
public final class SettingChanges {

    /** A setting changed: its key, its value as the user reads it, and what they should know (a category no job has). */
    public record Changed(String key, String shown, List<Phrase> notes) {
    }

    private SettingChanges() {
    }

    /** Every setting as {@code key → value}, in the order {@code get} prints them; empty values where not set. */
    public static Map<String, String> all(OpenLogbook logbook) {
        Settings settings = load(logbook);
        Map<String, String> all = new LinkedHashMap<>();
        for (SettingKey key : SettingKey.values()) {
            all.put(key.key(), key.format(settings));
        }
        settings.entered().forEach((requirement, value) -> all.put(SettingKey.ENTERED + requirement,
                value.toPlainString()));
        return all;
    }

    /** One setting's value ({@code ""} when not set). */
    public static String get(OpenLogbook logbook, String key) {
        return all(logbook).getOrDefault(requireKnown(logbook.file(), key), "");
    }

    public static Changed set(OpenLogbook logbook, String key, String value) {
        String name = requireKnown(logbook.file(), key);
        Settings current = load(logbook);
        Settings updated;
        String shown;
        List<Phrase> notes = new ArrayList<>();
        try {
            if (name.startsWith(SettingKey.ENTERED)) {
                String requirement = name.substring(SettingKey.ENTERED.length());
                EnteredKind kind = enteredRules(logbook.profiles(), current.profile()).get(requirement).enteredKind()
                        .orElse(EnteredKind.COUNT);
                BigDecimal parsed = value.isBlank() ? null : kind.parse(name, value);
                updated = current.withEntered(requirement, parsed);
                shown = parsed == null ? "" : kind == EnteredKind.YES_NO ? (parsed.signum() > 0 ? "yes" : "no")
                        : parsed.toPlainString();
            } else {
                SettingKey setting = SettingKey.fromKey(name).orElseThrow();
                updated = setting.parseInto(current, value);
                shown = setting.format(updated);
                if (setting == SettingKey.PROFILE && logbook.profiles().find(updated.profile()).isEmpty()) {
                    throw new Refusal(Refusal.Reason.BAD_INPUT, new Phrase("app.unknownProfile", updated.profile(),
                            String.join(", ", logbook.profiles().profiles().stream().map(RuleProfile::id).toList())));
                }
                if (setting == SettingKey.EARNINGS_CATEGORY && !updated.earningsCategory().isEmpty()) {
                    List<String> used = logbook.store.categories();
                    if (!used.contains(updated.earningsCategory())) {
                        notes.add(new Phrase("app.categoryUnused", updated.earningsCategory(),
                                used.isEmpty() ? "—" : String.join(", ", used)));
                    }
                }
            }
            logbook.store.settings().save(updated);
        } catch (ValueException e) {
            throw Refusal.of(e);
        } catch (StoreException e) {
            throw Refusal.of(e);
        }
        return new Changed(name, shown, notes);
    }

    /**
     * {@code key} if it names a setting of the logbook at {@code logbook} (which need not be open): one of
     * {@link SettingKey}, or {@code entered.ID} for a value a profile asks the user to enter. Anything else is refused
     * ({@link Refusal.Reason#UNKNOWN_KEY}), with the nearest known key suggested.
     */
    public static String requireKnown(Path logbook, String key) {
        String name = key.strip();
        TreeSet<String> keys = new TreeSet<>();
        for (SettingKey setting : SettingKey.values()) {
            keys.add(setting.key());
        }
        enteredRules(Profiles.load(logbook), Settings.DEFAULT_PROFILE).keySet()
                .forEach(requirement -> keys.add(SettingKey.ENTERED + requirement));
        if (keys.contains(name)) {
            return name;
        }
        Optional<String> nearest = Nearest.to(name, keys);
        throw new Refusal(Refusal.Reason.UNKNOWN_KEY, nearest.isPresent()
                ? new Phrase("app.unknownSettingNear", name, nearest.get(), String.join(", ", keys))
                : new Phrase("app.unknownSetting", name, String.join(", ", keys)));
    }

    /** The values any profile asks the user to enter, by requirement id: the logbook's own profile's rule first. */
    static Map<String, Rule> enteredRules(ProfileCatalog catalog, String profileId) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        catalog.findOrDefault(profileId).rules().stream().filter(r -> r.enteredKind().isPresent())
                .forEach(r -> rules.put(r.requirement(), r));
        for (RuleProfile profile : catalog.profiles()) {
            profile.rules().stream().filter(r -> r.enteredKind().isPresent())
                    .forEach(r -> rules.putIfAbsent(r.requirement(), r));
        }
        return rules;
    }

    private static Settings load(OpenLogbook logbook) {
        try {
            return logbook.store.settings().load();
        } catch (ValueException e) {
            throw Refusal.of(e);
        } catch (StoreException e) {
            throw Refusal.of(e);
        }
    }
}
