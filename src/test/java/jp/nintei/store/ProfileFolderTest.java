package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import jp.nintei.domain.ProfileCatalog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipe, a device or a huge file in {@code profiles/} is named as a problem and skipped — never read, never waited
 * on (data safety, round three, item 3). Before, a pipe hung every command and the app's store thread for good, and a
 * link to {@code /dev/zero} ran out of memory.
 */
class ProfileFolderTest {

    @TempDir
    Path dir;

    @Test
    void aPipeADeviceAndAHugeFileAreSkippedAndTheOthersStillWork() throws Exception {
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Process mk = new ProcessBuilder("mkfifo", profiles.resolve("x.profile").toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "skipped: no mkfifo here");
        Files.createSymbolicLink(profiles.resolve("zero.profile"), Path.of("/dev/zero"));
        Files.write(profiles.resolve("huge.profile"), new byte[ProfileFolder.MAX_BYTES + 1]);
        Files.writeString(profiles.resolve("mine.profile"), "id = mine\nname.en = Mine\n\nrule = r\nmetric = "
                + "reply_rate\nthreshold = 0.8\n");

        ProfileCatalog catalog = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> ProfileFolder.load(dir.resolve("nintei.db")));
        assertTrue(catalog.find("mine").isPresent(), "the good file is read");
        String problems = String.join("\n", catalog.problems().stream().map(Object::toString).toList());
        assertTrue(problems.contains("x.profile: is not a regular file (a pipe or a device)"), problems);
        assertTrue(problems.contains("zero.profile: is not a regular file (a pipe or a device)"), problems);
        assertTrue(problems.contains("huge.profile is " + (ProfileFolder.MAX_BYTES + 1) + " bytes"), problems);
        assertEquals(3, catalog.problems().size(), problems);
    }
}
