package jp.nintei.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.nintei.domain.ProfileCatalog;
import java.nio.charset.CharacterCodingException;
import jp.nintei.i18n.Phrase;
import jp.nintei.files.InputFiles;

/** The user's own rule profiles: {@code *.profile} files in the {@code profiles} folder beside the logbook. */
public final class ProfileFolder {

    /** A profile is a page of text; a larger file is not one. */
    static final int MAX_BYTES = 64 * 1024;

    private ProfileFolder() {
    }

    public static Path of(Path logbook) {
        Path parent = logbook.toAbsolutePath().getParent();
        return (parent == null ? Path.of(".") : parent).resolve("profiles");
    }

    /** The built-in profiles and the user's; a file that cannot be read is a problem, not a failure. */
    public static ProfileCatalog load(Path logbook) {
        Path folder = of(logbook);
        List<Map.Entry<String, String>> files = new ArrayList<>();
        List<Phrase> unreadable = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> list = Files.list(folder)) {
                for (Path file : list.filter(f -> f.getFileName().toString().endsWith(".profile")).sorted().toList()) {
                    try {
                        // a regular file of a sensible size only: a pipe would block, a device never end
                        files.add(Map.entry(file.toString(), InputFiles.readSmallText(file, MAX_BYTES)));
                    } catch (CharacterCodingException e) {
                        unreadable.add(new Phrase("profile.unreadable", file));
                    } catch (InputFiles.Refused e) {
                        unreadable.add(new Phrase("profile.skipped", e.phrase()));
                    } catch (IOException e) {
                        unreadable.add(new Phrase("profile.skipped", file + ": " + e.getMessage()));
                    }
                }
            } catch (IOException e) {
                unreadable.add(new Phrase("profile.unlisted", folder, e.getMessage()));
            }
        }
        ProfileCatalog catalog = ProfileCatalog.of(files);
        List<Phrase> problems = new ArrayList<>(unreadable);
        problems.addAll(catalog.problems());
        return new ProfileCatalog(catalog.profiles(), problems);
    }
}
