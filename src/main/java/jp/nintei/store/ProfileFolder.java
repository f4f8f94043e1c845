package jp.nintei.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.nintei.domain.ProfileCatalog;

/** The user's own rule profiles: {@code *.profile} files in the {@code profiles} folder beside the logbook. */
public final class ProfileFolder {

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
        List<String> unreadable = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> list = Files.list(folder)) {
                for (Path file : list.filter(f -> f.getFileName().toString().endsWith(".profile")).sorted().toList()) {
                    try {
                        files.add(Map.entry(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
                    } catch (IOException e) {
                        unreadable.add(file + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
                    }
                }
            } catch (IOException e) {
                unreadable.add(folder + ": cannot be listed (" + e.getMessage() + ")");
            }
        }
        ProfileCatalog catalog = ProfileCatalog.of(files);
        List<String> problems = new ArrayList<>(unreadable);
        problems.addAll(catalog.problems());
        return new ProfileCatalog(catalog.profiles(), problems);
    }
}
