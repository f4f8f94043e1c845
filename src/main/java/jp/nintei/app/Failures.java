package jp.nintei.app;

import jp.nintei.i18n.Texts;
import jp.nintei.domain.ValueException;
import jp.nintei.store.StoreException;

/** Words a failure in the user's language: a refusal's, the store's and the value rules' own phrases; else as it is. */
public final class Failures {

    private Failures() {
    }

    public static String describe(Throwable e, Texts texts) {
        if (e instanceof Refusal r) {
            return r.words(texts);
        }
        if (e instanceof StoreException s) {
            return s.words(texts);
        }
        if (e instanceof ValueException v) {
            return v.field() + ": " + v.problem(texts);
        }
        return e.getMessage();
    }
}
