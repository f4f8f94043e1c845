package jp.nintei.store;

import java.util.List;
import jp.nintei.domain.Job;

/** The jobs of the logbook. */
public interface JobStore {
    List<Job> all();

    /** Stores a new job; returns it with its id. */
    Job add(Job job);

    /** Stores all of them in one transaction, or none. */
    void addAll(List<Job> jobs);

    void update(Job job);

    void delete(long id);
}
