package jp.nintei.domain;

import java.util.List;

/** The columns of a job, in the order of the jobs CSV. */
public final class JobColumn {

    public static final Column<Job> TITLE = new Column<>("title", true, true);
    public static final Column<Job> CLIENT = Column.searched("client");
    public static final Column<Job> CATEGORY = Column.plain("category");
    public static final Column<Job> ORDERED_ON = Column.required("ordered_on");
    public static final Column<Job> STATUS = Column.required("status");
    public static final Column<Job> CLOSED_ON = Column.plain("closed_on");
    public static final Column<Job> AMOUNT_JPY = Column.plain("amount_jpy");
    public static final Column<Job> EXCLUDED = Column.plain("excluded");
    public static final Column<Job> NOTE = Column.searched("note");
    static final List<Column<Job>> ALL = List.of(TITLE, CLIENT, CATEGORY, ORDERED_ON, STATUS, CLOSED_ON, AMOUNT_JPY,
            EXCLUDED, NOTE);

    private JobColumn() {
    }
}
