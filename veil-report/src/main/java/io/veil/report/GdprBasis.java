package io.veil.report;

import io.veil.model.Category;

/**
 * The legally accurate GDPR basis of each category, spelled out for the report's {@code gdpr_article} in the
 * seed's style ({@code "Article 4(1) - Personal Data"}). The seed files national ids and cards under Art. 9;
 * that is wrong: national identification numbers are Art. 87 (member states set their conditions), cards are
 * ordinary personal data plus PCI DSS, and only biometric data used to identify and health data are Art. 9.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * String article = GdprBasis.articleOf(Category.NATIONAL_ID);
 * // "Article 87 - National Identification Number; Article 4(1) - Personal Data"
 * }</pre>
 */
public final class GdprBasis {

    static final String PERSONAL_DATA = "Article 4(1) - Personal Data";

    private GdprBasis() {
    }

    /** The {@code gdpr_article} text of {@code category}; it agrees with {@link Category#gdprArticle()}. */
    public static String articleOf(Category category) {
        return switch (category) {
            case FULL_NAME, EMAIL_ADDRESS, PHONE_NUMBER, PHYSICAL_ADDRESS, DATE_OF_BIRTH, BANK_ACCOUNT -> PERSONAL_DATA;
            case NATIONAL_ID -> "Article 87 - National Identification Number; " + PERSONAL_DATA;
            case CREDIT_CARD -> PERSONAL_DATA + "; PCI DSS";
            case IP_ADDRESS, DEVICE_ID -> PERSONAL_DATA + " (Online Identifier, Recital 30)";
            case FACE_BIOMETRIC -> "Article 9(1) - Special Category Data (Biometric, Article 4(14)) when processed"
                    + " to uniquely identify; " + PERSONAL_DATA + " otherwise";
            case HEALTH_INFORMATION -> "Article 9(1) - Special Category Data (Health, Article 4(15))";
        };
    }
}
