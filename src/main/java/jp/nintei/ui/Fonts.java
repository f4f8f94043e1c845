package jp.nintei.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.scene.text.Font;

/**
 * Picks an installed font family that has Japanese glyphs. JavaFX's own fallback skips Noto CJK's .ttc fonts on
 * Linux and draws boxes (JDK-8322251), so the app names a family explicitly.
 */
public final class Fonts {

    /** In the order they are preferred: the systems' own first. */
    static final List<String> JAPANESE = List.of("Yu Gothic UI", "Meiryo UI", "Meiryo", "Hiragino Sans",
            "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "IPAPGothic", "IPAGothic", "TakaoPGothic", "VL Gothic");

    /** The family, looked up once a run (JavaFX lists the installed families once a run too); null until asked. */
    private static CompletableFuture<Optional<String>> family;

    private Fonts() {
    }

    /**
     * Starts looking the family up on a thread of its own, once the JavaFX toolkit runs: listing the installed fonts
     * reads their files (30–40 ms on Linux with Noto CJK), which then no longer holds back the first frame.
     */
    public static synchronized void lookAhead() {
        if (family == null) {
            CompletableFuture<Optional<String>> found = new CompletableFuture<>();
            family = found;
            Thread.ofPlatform().daemon().name("nintei-fonts").start(() -> {
                try {
                    found.complete(find());
                } catch (Throwable e) { // an Error too: whoever waits is told, never left waiting
                    found.completeExceptionally(e);
                }
            });
        }
    }

    public static Optional<String> japaneseFamily() {
        CompletableFuture<Optional<String>> found;
        synchronized (Fonts.class) {
            if (family == null) {
                family = CompletableFuture.completedFuture(find());
            }
            found = family;
        }
        try {
            return found.join();
        } catch (CompletionException e) { // the look-ahead failed: not kept, looked up again here as before it
            synchronized (Fonts.class) {
                if (family == found) {
                    family = null;
                }
            }
            return japaneseFamily();
        }
    }

    private static Optional<String> find() {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        return JAPANESE.stream().filter(installed::contains).findFirst();
    }
}
