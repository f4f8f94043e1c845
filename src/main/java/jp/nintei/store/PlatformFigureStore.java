package jp.nintei.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import jp.nintei.domain.PlatformFigure;

/** The platform's own figures the user typed to compare, one per figure and day. */
public interface PlatformFigureStore {

    /** Keeps {@code figures} in one transaction; one of a figure and day already kept is replaced. */
    void keep(Collection<PlatformFigure> figures);

    /** The figures kept from {@code from} to {@code to}, both included, by day. */
    List<PlatformFigure> between(LocalDate from, LocalDate to);
}
