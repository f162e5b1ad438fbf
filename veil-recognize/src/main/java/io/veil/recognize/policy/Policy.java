package io.veil.recognize.policy;

import io.veil.spi.Recognizer;
import io.veil.spi.Resolver;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's detection policy, read from a policy file by {@link PolicyFile}: values that are not personal
 * data (allow), values that always are (deny), and the user's own identifier formats (patterns). Its
 * {@code version} (a digest of the file) goes into the report's and audit trail's detector versions, so a
 * result can be traced to the policy that produced it. Immutable.
 *
 * <pre>{@code
 * Policy p = PolicyFile.read(Path.of("veil-policy.json"));
 * List<Recognizer> all = p.extend(Recognizers.defaults(models));
 * Resolver resolver = p.wrap(Recognizers.defaultResolver());
 * }</pre>
 */
public record Policy(String version, List<AllowRule> allow, List<DenyTerm> deny, List<CustomPattern> patterns) {

    /** No policy: the built-in recognizers alone. */
    public static final Policy NONE = new Policy("none", List.of(), List.of(), List.of());

    public Policy {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a policy needs a version");
        }
        allow = List.copyOf(allow);
        deny = List.copyOf(deny);
        patterns = List.copyOf(patterns);
    }

    /** The built-in recognizers plus this policy's deny terms and patterns, when it has any. */
    public List<Recognizer> extend(List<Recognizer> builtIn) {
        if (deny.isEmpty() && patterns.isEmpty()) {
            return builtIn;
        }
        List<Recognizer> all = new ArrayList<>(builtIn);
        all.add(new PolicyRecognizer(this));
        return List.copyOf(all);
    }

    /** {@code inner} preceded by this policy's allow rules. */
    public Resolver wrap(Resolver inner) {
        return allow.isEmpty() ? inner : new AllowListResolver(allow, inner);
    }
}
