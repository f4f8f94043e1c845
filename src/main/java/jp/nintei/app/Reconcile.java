package jp.nintei.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.nintei.domain.PlatformFigure;
import jp.nintei.domain.ProfileCatalog;
import jp.nintei.domain.Reconciliation;
import jp.nintei.store.LogbookStore;

/**
 * Compare with the platform — Dashboard → "Compare with Lancers…" and the CLI's {@code reconcile} alike: the logbook
 * against the figures typed from the platform's page, as of a moment; the figures are then kept with that day (one
 * per figure and day), so that the history chart shows them beside Nintei's line.
 */
public final class Reconcile {

    private Reconcile() {
    }

    /**
     * The lines compared ({@link Measure#reconcile}: one read transaction), then the figures kept (one write).
     *
     * @throws UnknownProfileException when {@code profileId} names no profile (then nothing is kept)
     */
    public static List<Reconciliation.Line> compareAndKeep(LogbookStore store, ProfileCatalog catalog,
                                                           OffsetDateTime at, ZoneId zone, Optional<String> profileId,
                                                           Map<Reconciliation.Figure, BigDecimal> platform) {
        List<Reconciliation.Line> lines = Measure.reconcile(store, catalog, at, profileId, platform);
        LocalDate day = at.atZoneSameInstant(zone).toLocalDate(); // the user's day, whatever offset was typed
        store.platformFigures().keep(platform.entrySet().stream()
                .map(typed -> new PlatformFigure(typed.getKey(), day, typed.getValue())).toList());
        return lines;
    }

    /** The comparison alone, nothing kept: where the logbook cannot be written now (open in the app, read-only). */
    public static List<Reconciliation.Line> compare(LogbookStore store, ProfileCatalog catalog, OffsetDateTime at,
                                                    Optional<String> profileId,
                                                    Map<Reconciliation.Figure, BigDecimal> platform) {
        return Measure.reconcile(store, catalog, at, profileId, platform);
    }
}
