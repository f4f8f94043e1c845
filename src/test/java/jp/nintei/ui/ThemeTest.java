package jp.nintei.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import jp.nintei.cli.Cli;
import org.junit.jupiter.api.Test;

/** The theme choice and the window's launch options (issue 19, item 2). */
class ThemeTest {

    @Test
    void systemFollowsTheSystemAndTheOthersDoNot() {
        assertTrue(Theme.SYSTEM.dark(true));
        assertFalse(Theme.SYSTEM.dark(false));
        assertTrue(Theme.DARK.dark(false));
        assertFalse(Theme.LIGHT.dark(true));
        assertEquals(Optional.of(Theme.DARK), Theme.parse(" Dark "));
        assertEquals(Optional.empty(), Theme.parse("purple"));
    }

    @Test
    void theWindowsOptionsInAnyOrderAndForm() {
        assertEquals(Optional.of(new Cli.AppStart(null, null)), Cli.appStart(new String[0]));
        assertEquals(Optional.of(new Cli.AppStart("a.db", "dark")),
                Cli.appStart(new String[] {"--theme", "dark", "--db", "a.db"}));
        assertEquals(Optional.of(new Cli.AppStart("a.db", "light")),
                Cli.appStart(new String[] {"--db=a.db", "--theme=light"}));
        assertEquals(Optional.of(new Cli.AppStart(null, "purple")), Cli.appStart(new String[] {"--theme", "purple"}),
                "a bad theme is the window's to refuse, in words");
        assertEquals(Optional.of(new Cli.AppStart("a.db", null, true)),
                Cli.appStart(new String[] {"--background", "--db", "a.db"}), "reminders only, no window");
        assertEquals(Optional.empty(), Cli.appStart(new String[] {"summary"}));
        assertEquals(Optional.empty(), Cli.appStart(new String[] {"--db", "a.db", "summary"}));
        assertEquals(Optional.empty(), Cli.appStart(new String[] {"--db"}), "the CLI's usage says what is missing");
    }
}
