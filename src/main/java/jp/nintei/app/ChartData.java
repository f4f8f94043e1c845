package jp.nintei.app;

import java.util.List;
import jp.nintei.domain.PlatformFigure;
import jp.nintei.domain.Progress;

/**
 * What the dashboard's chart draws, read in one transaction: each requirement at the end of each step's day, and the
 * platform's own figures the user typed on those days.
 */
public record ChartData(List<Progress> progress, List<PlatformFigure> platform) {

    public ChartData {
        progress = List.copyOf(progress);
        platform = List.copyOf(platform);
    }
}
