package jp.nintei.csv;

/**
 * Keeps spreadsheets from running text as a formula. Text Nintei writes that starts with {@code = + - @}, a tab or a
 * carriage return gets a leading {@code '}; so does text that already starts with {@code '}, which makes the rule
 * reversible: the importer takes one leading {@code '} off, and an exported logbook imports back identical.
 * Numbers and dates Nintei writes itself are never passed through here.
 */
public final class CellText {

    private CellText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + text;
            default -> text;
        };
    }

    /** The inverse of {@link #neutralise}, applied to text fields on import. */
    public static String restore(String text) {
        return text.startsWith("'") ? text.substring(1) : text;
    }
}
