package io.veil.report.rules;

import java.util.Optional;

/**
 * One rule that may recommend one action from a file's facts. Implementations are stateless and thread-safe;
 * {@link ActionRules#standard()} lists the rules a report applies, in the order they appear.
 *
 * <pre>{@code
 * ActionRule faces = new ActionRules.BlurFaces();
 * Optional<Action> a = faces.apply(ReportFacts.of(result));
 * }</pre>
 */
@FunctionalInterface
public interface ActionRule {
    Optional<Action> apply(ReportFacts facts);
}
