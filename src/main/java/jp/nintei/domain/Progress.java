package jp.nintei.domain;

import java.util.List;
import java.util.Optional;

/** Every requirement of a profile measured at one as-of. */
public record Progress(RuleProfile profile, AsOf asOf, List<RequirementResult> results) {

    public Progress {
        results = List.copyOf(results);
    }

    public long metCount() {
        return results.stream().filter(RequirementResult::met).count();
    }

    public Optional<RequirementResult> result(String requirement) {
        return results.stream().filter(r -> r.requirement().equals(requirement)).findFirst();
    }
}
