package io.veil.report.rules;

import io.veil.model.RiskLevel;

/**
 * Chooses {@code summary.recommended_action}. Rule, first match wins (docs/report.md):
 * <ol>
 *   <li>an error in any stage, or a failed verification → {@link SummaryAction#MANUAL_REVIEW_REQUIRED}
 *       (a partial scan must never read as "nothing found");</li>
 *   <li>no finding → {@link SummaryAction#NO_ACTION_REQUIRED};</li>
 *   <li>redacted and verified → {@link SummaryAction#SHARE_REDACTED_COPY_ONLY};</li>
 *   <li>risk {@code high} or {@code critical} → {@link SummaryAction#REDACT_ALL_BEFORE_STORAGE};</li>
 *   <li>otherwise → {@link SummaryAction#REDACT_BEFORE_SHARING}.</li>
 * </ol>
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * SummaryAction a = new RecommendedActionRule().apply(ReportFacts.of(result));
 * }</pre>
 */
public final class RecommendedActionRule {

    public SummaryAction apply(ReportFacts facts) {
        if (facts.hasErrors() || facts.verificationFailed()) {
            return SummaryAction.MANUAL_REVIEW_REQUIRED;
        }
        if (!facts.hasFindings()) {
            return SummaryAction.NO_ACTION_REQUIRED;
        }
        if (facts.verified()) {
            return SummaryAction.SHARE_REDACTED_COPY_ONLY;
        }
        return facts.risk().compareTo(RiskLevel.HIGH) >= 0
                ? SummaryAction.REDACT_ALL_BEFORE_STORAGE
                : SummaryAction.REDACT_BEFORE_SHARING;
    }
}
