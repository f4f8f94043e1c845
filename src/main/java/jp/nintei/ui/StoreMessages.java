package jp.nintei.ui;

import java.util.Locale;
import jp.nintei.store.StoreException;

/** Words a failure of the store in the user's language where it knows the kind; else the store's own message. */
public final class StoreMessages {

    private StoreMessages() {
    }

    public static String describe(Throwable e, Localization l10n) {
        if (e instanceof StoreException s && s.problem() != StoreException.Problem.OTHER && s.file() != null) {
            Object[] args = new Object[1 + s.details().length];
            args[0] = s.file().toString();
            System.arraycopy(s.details(), 0, args, 1, s.details().length);
            return l10n.text("store." + s.problem().name().toLowerCase(Locale.ROOT), args);
        }
        return e.getMessage();
    }
}
