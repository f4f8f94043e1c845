package jp.nintei.app;

import java.util.List;
import jp.nintei.i18n.Phrase;

/**
 * The day's automatic backup: whether it was made now — then the totals were recounted from the rows after it, which
 * may have rebuilt them, and the gauges are to be measured again ({@link Workspace#refresh} also tells what was
 * rebuilt) — and what went wrong, if anything.
 */
public record DailyBackup(boolean made, List<Phrase> warnings) {
}
