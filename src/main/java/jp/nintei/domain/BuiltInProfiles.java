package jp.nintei.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The rule profiles shipped with Nintei, files in the jar ({@code /jp/nintei/profiles/ID.profile}) read by
 * {@link ProfileFile} like a user's own.
 */
public final class BuiltInProfiles {

    /** Their ids, in the order they are offered. */
    public static final List<String> IDS = List.of("lancers", "lancers-2022", "crowdworks-pro", "coconala-gold",
            "coconala-platinum");

    private BuiltInProfiles() {
    }

    /** A built-in profile, read from its file now. */
    public static RuleProfile read(String id) {
        String name = id + ".profile";
        try (InputStream in = BuiltInProfiles.class.getResourceAsStream("/jp/nintei/profiles/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in profile " + id);
            }
            return ProfileFile.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every built-in profile, each read once in a run (they are in the jar and never change): every catalog, the
     * stand-in before the first measure and {@link RuleProfile#LANCERS_CERTIFIED} share them. Each catalog used to
     * read all five again, and a summary read eleven.
     */
    public static List<RuleProfile> all() {
        return Read.ALL;
    }

    private static final class Read {
        static final List<RuleProfile> ALL = IDS.stream().map(id -> id.equals(Settings.DEFAULT_PROFILE)
                ? RuleProfile.LANCERS_CERTIFIED : read(id)).toList();
    }
}
