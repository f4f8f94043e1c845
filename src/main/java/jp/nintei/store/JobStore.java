package jp.nintei.store;

import jp.nintei.domain.Job;

/** The jobs of the logbook. */
public interface JobStore extends RecordStore<Job> {
}
