package io.veil.recognize.policy;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.model.Verdict;
import io.veil.recognize.ContextScorer;
import io.veil.spi.Recognizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds what a {@link Policy} adds to the built-in recognizers: its deny terms (always reported, score 1.0)
 * and its custom patterns (base score, validator, context words). Findings carry the attribute
 * {@code policy_rule} with the rule's name, never the matched text. Immutable and thread-safe.
 *
 * <pre>{@code
 * Recognizer r = new PolicyRecognizer(policy);
 * List<Finding> f = r.find("staff number EMP-204518", 1);
 * }</pre>
 */
public final class PolicyRecognizer implements Recognizer {

    private record Compiled(CustomPattern pattern, ContextScorer context) {
    }

    private record Deny(DenyTerm term, Pattern regex, String name) {
    }

    private final String id;
    private final List<Compiled> patterns;
    private final List<Deny> deny;

    public PolicyRecognizer(Policy policy) {
        this.id = "policy@" + policy.version();
        this.patterns = policy.patterns().stream().map(p -> new Compiled(p, scorer(p))).toList();
        List<Deny> d = new ArrayList<>();
        for (int i = 0; i < policy.deny().size(); i++) {
            DenyTerm t = policy.deny().get(i);
            d.add(new Deny(t, wholeWords(t.term()), "deny[" + i + "]"));
        }
        this.deny = List.copyOf(d);
    }

    private static ContextScorer scorer(CustomPattern p) {
        ContextScorer.Builder b = ContextScorer.builder();
        if (!p.context().isEmpty()) {
            b.raise(CustomPattern.CONTEXT_BOOST, p.context().toArray(String[]::new));
        }
        return b.build();
    }

    /** The term's words in order, any whitespace between them, not inside a longer word; case-insensitive. */
    static Pattern wholeWords(String term) {
        String body = Arrays.stream(term.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Finding> out = new ArrayList<>();
        for (Deny d : deny) {
            Matcher m = d.regex().matcher(text);
            while (m.find()) {
                Explanation e = Explanation.of("policy:" + d.name(), 1.0);
                out.add(finding(d.term().category(), text, page, m.start(), m.end(), e, d.name()));
            }
        }
        for (Compiled c : patterns) {
            CustomPattern p = c.pattern();
            Matcher m = p.regex().matcher(text);
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                Explanation e = Explanation.of("policy:" + p.name(), p.score());
                Verdict v = p.validator().check(m.group());
                if (v == Verdict.INVALID) {
                    continue;
                }
                if (v == Verdict.VALID) {
                    e = e.validated(v, p.validator().id(), Math.min(1, p.score() + 0.3));
                }
                e = c.context().apply(text, new TextSpan(m.start(), m.end()), e);
                out.add(finding(p.category(), text, page, m.start(), m.end(), e, p.name()));
            }
        }
        return out;
    }

    private Finding finding(Category category, String text, int page, int start, int end, Explanation e, String rule) {
        TextSpan span = new TextSpan(start, end);
        return Finding.inText(category, span.of(text), page, span, id, e, Map.of("policy_rule", rule));
    }
}
