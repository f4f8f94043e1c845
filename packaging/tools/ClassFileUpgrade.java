import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the classes of a jar that were compiled for Java 5 (class file version 49) as version 52 classes, with the
 * stack map frames that version carries, and changes nothing else: the same instructions, constants and attributes.
 * Run by the build on picocli (built for Java 5): the JVM never puts a class older than version 50 into a class-data
 * archive or an ahead-of-time cache, so without this every start of the CLI loads and checks picocli's 150 classes
 * from its jar, the slowest part of a cold command even with the installed app's cache.
 *
 * <pre>java packaging/tools/ClassFileUpgrade.java JAR…</pre>
 * Each jar is rewritten in place (through a temporary file beside it); a jar with nothing older than version 50 is
 * left as it is, so running it twice changes nothing the second time. Each rewritten class is verified as the JVM
 * would verify it when loading it, and the build fails on one that would not load. JDK 25 (java.lang.classfile).
 */
public final class ClassFileUpgrade {

    private static final int OLDEST_ARCHIVED = 50;
    private static final int UPGRADED = 52;

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java packaging/tools/ClassFileUpgrade.java JAR...");
            System.exit(2);
        }
        for (String arg : args) {
            Path jar = Path.of(arg);
            int upgraded = upgrade(jar);
            System.out.println(jar.getFileName() + ": " + (upgraded == 0 ? "nothing older than Java 6"
                    : upgraded + " classes from Java 5 to Java 8 class files"));
        }
    }

    /** Rewrites {@code jar}'s old classes; how many there were. */
    static int upgrade(Path jar) throws IOException {
        Path part = Files.createTempFile(jar.toAbsolutePath().getParent(), jar.getFileName().toString(), ".part");
        int upgraded = 0;
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
             InputStream file = Files.newInputStream(jar);
             ZipInputStream in = new ZipInputStream(file);
             OutputStream target = Files.newOutputStream(part);
             ZipOutputStream out = new ZipOutputStream(target)) {
            // stack maps need the common supertype of two classes: the jar's own are read from the jar
            ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
                    ClassModel model = classFile.parse(bytes);
                    if (model.majorVersion() < OLDEST_ARCHIVED) {
                        bytes = classFile.transformClass(model, ClassTransform.transformingMethodBodies(
                                CodeTransform.ACCEPT_ALL).andThen(ClassTransform.endHandler(
                                        builder -> builder.withVersion(UPGRADED, 0))));
                        List<VerifyError> errors = classFile.verify(bytes); // what the JVM would check at load
                        if (!errors.isEmpty()) {
                            throw new IllegalStateException(entry.getName() + " would not load: " + errors);
                        }
                        upgraded++;
                    }
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                if (entry.getLastModifiedTime() != null) {
                    copy.setLastModifiedTime(entry.getLastModifiedTime());
                }
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        if (upgraded == 0) {
            Files.delete(part);
        } else {
            Files.move(part, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return upgraded;
    }
}
