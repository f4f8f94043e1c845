package jp.nintei.ui;

/** A message as a bundle key and its arguments: worded again in the current language each time it is shown. */
public record Wording(String key, Object... args) {

    public String in(Localization l10n) {
        return l10n.text(key, args);
    }
}
