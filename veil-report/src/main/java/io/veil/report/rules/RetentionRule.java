package io.veil.report.rules;

import io.veil.model.Category;

/**
 * Chooses {@code summary.retention_policy_applicable}. Rule, first match wins (docs/report.md): health
 * information → health records; a credit card or bank account → financial records; a national id → identity
 * documents; any other finding → storage limitation; no finding → none. The most regulated regime wins because
 * it is the one that constrains deletion. Stateless and thread-safe.
 *
 * <pre>{@code
 * RetentionPolicy p = new RetentionRule().apply(ReportFacts.of(result));
 * }</pre>
 */
public final class RetentionRule {

    public RetentionPolicy apply(ReportFacts facts) {
        if (facts.has(Category.HEALTH_INFORMATION)) {
            return RetentionPolicy.HEALTH_RECORDS_STATUTORY;
        }
        if (facts.has(Category.CREDIT_CARD) || facts.has(Category.BANK_ACCOUNT)) {
            return RetentionPolicy.FINANCIAL_RECORDS_STATUTORY;
        }
        if (facts.has(Category.NATIONAL_ID)) {
            return RetentionPolicy.IDENTITY_DOCUMENTS_PURPOSE_LIMITED;
        }
        return facts.hasFindings() ? RetentionPolicy.STORAGE_LIMITATION_ART_5_1_E : RetentionPolicy.NONE;
    }
}
