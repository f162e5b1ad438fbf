package io.veil.report.rules;

import java.util.List;

/**
 * The report's {@code compliance_metadata} block: the seed's flags plus Veil's additions, each derived by
 * {@link ComplianceRule}. Immutable.
 *
 * <pre>{@code
 * ComplianceMetadata m = new ComplianceRule().apply(ReportFacts.of(result));
 * boolean dpia = m.dpiaRecommended();
 * }</pre>
 */
public record ComplianceMetadata(boolean dataSubjectIdentifiable, boolean specialCategoryDataPresent,
                                 List<String> art9Categories, boolean requiresConsentTracking,
                                 boolean lawfulBasisRequired, boolean retentionPolicyRequired,
                                 boolean crossBorderTransfer, boolean rightToErasureApplicable,
                                 boolean dpiaRecommended, boolean pciDssScope, boolean dataMinimizationApplied,
                                 String processingLocation, List<String> metadataFound) {

    public ComplianceMetadata {
        art9Categories = List.copyOf(art9Categories);
        metadataFound = List.copyOf(metadataFound);
        if (specialCategoryDataPresent == art9Categories.isEmpty()) {
            throw new IllegalArgumentException("special_category_data_present must match art9_categories");
        }
    }
}
