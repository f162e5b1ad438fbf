package io.veil.recognize.policy;

import io.veil.model.Finding;
import io.veil.spi.Resolver;
import java.util.List;

/**
 * A resolver that first removes every finding a {@link Policy}'s allow rules declare not personal data, then
 * hands the rest to the inner resolver. Allowed values are removed before overlaps are decided, so an allowed
 * switchboard number cannot hide a real one it overlaps with. Immutable and thread-safe when the inner one is.
 *
 * <pre>{@code
 * Resolver r = new AllowListResolver(policy.allow(), Recognizers.defaultResolver());
 * }</pre>
 */
public final class AllowListResolver implements Resolver {

    private final List<AllowRule> allow;
    private final Resolver inner;

    public AllowListResolver(List<AllowRule> allow, Resolver inner) {
        this.allow = List.copyOf(allow);
        this.inner = inner;
    }

    @Override
    public List<Finding> resolve(List<Finding> findings) {
        if (allow.isEmpty()) {
            return inner.resolve(findings);
        }
        return inner.resolve(findings.stream().filter(f -> allow.stream().noneMatch(r -> r.allows(f))).toList());
    }
}
