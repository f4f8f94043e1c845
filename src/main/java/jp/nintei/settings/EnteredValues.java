package jp.nintei.settings;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.nintei.domain.EnteredKind;
import jp.nintei.domain.Metric;
import jp.nintei.domain.RuleProfile;
import jp.nintei.domain.SettingKey;
import jp.nintei.domain.ValueException;

/**
 * The chosen profile's values the user enters (the logbook cannot compute them: a ranking, scouts): one field each,
 * showing the value stored, except while the user is typing in it.
 */
public final class EnteredValues {

    /** One value the user enters: its requirement, its label, its kind, and the text in its field. */
    public record EnteredValue(String requirement, String label, EnteredKind kind, StringProperty text) {
    }

    private final ObservableList<EnteredValue> values = FXCollections.observableArrayList();
    private final Set<String> typing = new HashSet<>();

    ObservableList<EnteredValue> list() {
        return values;
    }

    /** The fields of {@code chosen}'s entered rules, with the values stored; a field being typed in keeps its text. */
    void show(RuleProfile chosen, String language, Map<String, BigDecimal> stored) {
        List<String> ids = chosen.rules().stream().filter(r -> r.metric() == Metric.ENTERED)
                .map(r -> r.requirement()).toList();
        if (!ids.equals(values.stream().map(EnteredValue::requirement).toList())) {
            values.setAll(chosen.rules().stream().filter(r -> r.metric() == Metric.ENTERED)
                    .map(r -> new EnteredValue(r.requirement(), r.label(language).orElse(r.requirement()),
                            r.enteredKind().orElseThrow(), new SimpleStringProperty(text(stored, r.requirement()))))
                    .toList());
            return;
        }
        for (EnteredValue v : values) {
            if (!v.text().get().equals(text(stored, v.requirement())) && !typing.contains(v.requirement())) {
                v.text().set(text(stored, v.requirement()));
            }
        }
    }

    private static String text(Map<String, BigDecimal> stored, String requirement) {
        BigDecimal value = stored.get(requirement);
        return value == null ? "" : value.toPlainString();
    }

    /** A field changed: kept as typing until committed. */
    void typed(EnteredValue value) {
        typing.add(value.requirement());
    }

    /**
     * The value a committed field holds, by the rule of its kind (as {@code set} checks it); null for an empty field.
     *
     * @throws ValueException when the text is not one
     */
    BigDecimal committed(EnteredValue value) {
        typing.remove(value.requirement());
        String text = value.text().get() == null ? "" : value.text().get().strip();
        return text.isEmpty() ? null : value.kind().parse(SettingKey.ENTERED + value.requirement(), text);
    }
}
