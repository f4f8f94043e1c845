package jp.nintei.app;

import java.util.List;
import jp.nintei.i18n.Phrase;

/**
 * The day's automatic backup: whether the totals were recounted from the rows with it — on the first use of a day,
 * after the backup or, where none could be made, after a copy of their own — which may have rebuilt them: the gauges
 * are then to be measured again ({@link Workspace#refresh} also tells what was rebuilt); and what went wrong, if
 * anything.
 */
public record DailyBackup(boolean recounted, List<Phrase> warnings) {
}
