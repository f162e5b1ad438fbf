package io.veil.report.rules;

import io.veil.model.Category;

import java.util.EnumSet;
import java.util.Set;

/**
 * Derives {@code compliance_metadata} from the facts. Each flag has one stated rule (docs/report.md):
 * <ul>
 *   <li>{@code data_subject_identifiable}: a direct identifier was found (name, e-mail, phone, address, national
 *       id, face) or two or more categories together (combinations single people out, Recital 26);</li>
 *   <li>{@code special_category_data_present} / {@code art9_categories}: an Art. 9 category was found;</li>
 *   <li>{@code requires_consent_tracking}: special category data present (explicit consent, Art. 9(2)(a), is
 *       the usual basis and must be provable, Art. 7(1));</li>
 *   <li>{@code lawful_basis_required}, {@code retention_policy_required}: any finding (Art. 6, Art. 5(1)(e));</li>
 *   <li>{@code right_to_erasure_applicable}: the data subject is identifiable (Art. 17);</li>
 *   <li>{@code dpia_recommended}: special category data or a national id present (Art. 35(3)(b), Art. 87);</li>
 *   <li>{@code pci_dss_scope}: a card number present;</li>
 *   <li>{@code data_minimization_applied}: the file was redacted and verification passed (Art. 5(1)(c));</li>
 *   <li>{@code processing_location} "on-premises" and {@code cross_border_transfer} false: Veil runs on the
 *       user's machines and sends nothing anywhere.</li>
 * </ul>
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * ComplianceMetadata m = new ComplianceRule().apply(ReportFacts.of(result));
 * }</pre>
 */
public final class ComplianceRule {

    /** Categories that single a person out on their own. */
    private static final Set<Category> DIRECT_IDENTIFIERS = EnumSet.of(Category.FULL_NAME, Category.EMAIL_ADDRESS,
            Category.PHONE_NUMBER, Category.PHYSICAL_ADDRESS, Category.NATIONAL_ID, Category.FACE_BIOMETRIC);

    public ComplianceMetadata apply(ReportFacts facts) {
        boolean identifiable = facts.counts().keySet().stream().anyMatch(DIRECT_IDENTIFIERS::contains)
                || facts.counts().size() >= 2;
        boolean special = facts.specialCategoryPresent();
        boolean any = facts.hasFindings();
        return new ComplianceMetadata(
                identifiable,
                special,
                facts.specialCategories().stream().map(Category::id).toList(),
                special,
                any,
                any,
                false,
                identifiable,
                special || facts.has(Category.NATIONAL_ID),
                facts.has(Category.CREDIT_CARD),
                facts.verified(),
                "on-premises",
                facts.metadataFound());
    }
}
