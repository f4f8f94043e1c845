package jp.nintei.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** The benchmark's own classes as a jar: an ahead-of-time cache records jars, not folders. */
final class BenchJar {

    private BenchJar() {
    }

    /** Writes the files under {@code root}/{@code folder} into {@code jar} (replaced), by their path from root. */
    static Path of(Path root, String folder, Path jar) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (Path file : files) {
                zip.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return jar;
    }
}
