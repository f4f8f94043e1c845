package jp.nintei.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The Japanese family, looked up beside the opening window, is the one the installed fonts give. */
@ExtendWith(ApplicationExtension.class)
class FontsTest {

    @Test
    void theFamilyLookedUpAsideIsTheFirstInstalledOneAndEveryCallerGetsIt(FxRobot robot) {
        Fonts.lookAhead();
        // asked at once from the FX thread and from others, as the opening window, the window and dialogs ask
        List<CompletableFuture<Optional<String>>> asked = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(Fonts::japaneseFamily)).toList();
        @SuppressWarnings("unchecked")
        Optional<String>[] fx = new Optional[1];
        robot.interact(() -> fx[0] = Fonts.japaneseFamily());
        Optional<String> expected = Fonts.JAPANESE.stream().filter(Font.getFamilies()::contains).findFirst();
        assertEquals(expected, fx[0]);
        asked.forEach(a -> assertEquals(expected, a.join()));
    }
}
