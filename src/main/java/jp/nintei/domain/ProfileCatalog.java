package jp.nintei.domain;

import jp.nintei.i18n.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * The rule profiles to choose from: the built-in ones, then the user's own files; and what was wrong with the files
 * that could not be read (each names its file and line; the others work).
 */
public record ProfileCatalog(List<RuleProfile> profiles, List<Phrase> problems) {

    public static final ProfileCatalog BUILT_IN = new ProfileCatalog(BuiltInProfiles.all(), List.of());

    public ProfileCatalog {
        profiles = List.copyOf(profiles);
        problems = List.copyOf(problems);
    }

    public Optional<RuleProfile> find(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The profile {@code id}, or the default one when there is no such profile (a user's file was removed). */
    public RuleProfile findOrDefault(String id) {
        return find(id).or(() -> find(Settings.DEFAULT_PROFILE)).orElse(RuleProfile.LANCERS_CERTIFIED);
    }

    /** The built-in profiles plus {@code files} (name and text each), in that order; a bad file is a problem. */
    public static ProfileCatalog of(List<Map.Entry<String, String>> files) {
        List<RuleProfile> all = new ArrayList<>(BuiltInProfiles.all());
        List<Phrase> problems = new ArrayList<>();
        for (var file : files) {
            try {
                RuleProfile p = ProfileFile.parse(file.getKey(), file.getValue(), false);
                if (all.stream().anyMatch(q -> q.id().equals(p.id()))) {
                    problems.add(new Phrase("profile.at", file.getKey(), "1", new Phrase("profile.idTaken", p.id(),
                            new Phrase(BuiltInProfiles.IDS.contains(p.id()) ? "profile.builtIn" : "profile.otherFile"))));
                } else {
                    all.add(p);
                }
            } catch (ProfileFile.ProfileException e) {
                problems.add(e.phrase());
            }
        }
        return new ProfileCatalog(all, problems);
    }
}
