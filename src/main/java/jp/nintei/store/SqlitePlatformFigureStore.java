package jp.nintei.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import jp.nintei.domain.PlatformFigure;
import jp.nintei.domain.Reconciliation.Figure;

/**
 * Platform figures as rows of {@code platform_figure} (migration 5), one per figure and day, read back through
 * {@link PlatformFigure}.
 */
final class SqlitePlatformFigureStore implements PlatformFigureStore {

    private final Database db;

    SqlitePlatformFigureStore(Database db) {
        this.db = db;
    }

    @Override
    public void keep(Collection<PlatformFigure> figures) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO platform_figure (figure, shown_on, shown) "
                    + "VALUES (?, ?, ?) ON CONFLICT (figure, shown_on) DO UPDATE SET shown = excluded.shown")) {
                for (PlatformFigure f : figures) {
                    st.setString(1, f.figure().name().toLowerCase(Locale.ROOT));
                    st.setString(2, f.on().toString());
                    st.setString(3, f.shown().toPlainString());
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    /** A row as the figure it is; one changed behind Nintei's back is named (table, row, field), as any other. */
    private static PlatformFigure read(ResultSet rs) throws SQLException {
        String field = "figure";
        try {
            Figure figure = Figure.valueOf(rs.getString(field).toUpperCase(Locale.ROOT));
            field = "shown_on";
            LocalDate on = LocalDate.parse(rs.getString(field));
            field = "shown";
            return new PlatformFigure(figure, on, new BigDecimal(rs.getString(field)));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw Columns.damaged(rs, field, rs.getString(field));
        }
    }

    @Override
    public List<PlatformFigure> between(LocalDate from, LocalDate to) {
        return db.read(c -> {
            List<PlatformFigure> figures = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id, figure, shown_on, shown FROM platform_figure "
                    + "WHERE shown_on BETWEEN ? AND ? ORDER BY shown_on, figure")) {
                st.setString(1, from.toString());
                st.setString(2, to.toString());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        figures.add(read(rs));
                    }
                }
            }
            return figures;
        });
    }
}
