package jp.nintei.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jp.nintei.domain.Reconciliation.Figure;
import jp.nintei.ui.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dashboard → Compare with Lancers: the CLI's comparison, typed in and said in words (issue 20, item 2). */
class ReconcilePresenterTest {

    @TempDir
    Path dir;
    Fixture fx;
    ReconcilePresenter reconcile;

    @BeforeEach
    void setUp() {
        fx = new Fixture(dir);
        reconcile = new ReconcilePresenter(fx.session);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void theFiguresTypedAreComparedAndSaidInWords() {
        fx.replies(4, 100, 1); // 4 replies within an hour: 100 %
        reconcile.typed.get(Figure.REPLY_RATE).set("80%");
        reconcile.compare();
        assertEquals("", reconcile.problemProperty().get());
        assertEquals(1, reconcile.lines().size());
        assertTrue(reconcile.lines().get(0).startsWith("Reply rate (%): Lancers 80, Nintei 100.0 — missing from your "
                + "logbook since "), reconcile.lines().get(0));
        assertTrue(reconcile.lines().get(0).endsWith(": 1 late reply"), "4 of 5 is 80 %: " + reconcile.lines());
    }

    @Test
    void aFigureThatIsNotOneIsNamedAndNothingIsCompared() {
        reconcile.typed.get(Figure.RATING).set("4,71");
        reconcile.compare();
        assertEquals("Rating (★): type a number from 1 to 5.", reconcile.problemProperty().get());
        assertEquals(List.of(), reconcile.lines());
        reconcile.typed.get(Figure.RATING).set("");
        reconcile.compare();
        assertEquals("Type at least one figure from Lancers.", reconcile.problemProperty().get());
    }
}
