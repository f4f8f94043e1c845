package jp.nintei.store;

import jp.nintei.domain.Job;
import java.util.List;

/** The jobs of the logbook. */
public interface JobStore extends RecordStore<Job> {

    /** The jobs still in progress, newest order first, at most {@code limit}: what a what-if can close. */
    List<Job> inProgress(int limit);
}
