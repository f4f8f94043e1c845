package jp.nintei.ui;

import jp.nintei.domain.Texts;
import jp.nintei.domain.ValueException;
import jp.nintei.store.StoreException;

/** Words a failure in the user's language: the store's and the value rules' own phrases; else the message as it is. */
public final class StoreMessages {

    private StoreMessages() {
    }

    public static String describe(Throwable e, Localization l10n) {
        Texts texts = new Texts(l10n.locale());
        if (e instanceof StoreException s) {
            return s.words(texts);
        }
        if (e instanceof ValueException v) {
            return v.field() + ": " + v.problem(texts);
        }
        return e.getMessage();
    }
}
