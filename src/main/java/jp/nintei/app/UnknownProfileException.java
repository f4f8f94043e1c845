package jp.nintei.app;

import java.util.List;
import jp.nintei.domain.ProfileCatalog;
import jp.nintei.domain.RuleProfile;

/** A profile id that names no profile: which one, and the ids there are. */
public final class UnknownProfileException extends RuntimeException {

    private final String id;
    private final transient List<String> known;

    public UnknownProfileException(String id, ProfileCatalog catalog) {
        super("unknown profile '" + id + "'");
        this.id = id;
        this.known = catalog.profiles().stream().map(RuleProfile::id).toList();
    }

    public String id() {
        return id;
    }

    public List<String> known() {
        return known;
    }
}
