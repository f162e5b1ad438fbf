package io.veil.model;

import java.util.Locale;

/**
 * The kinds of personal data Veil finds, with the severity, legal basis and default redaction that
 * DESIGN.md's table gives each. The GDPR articles are the legally accurate ones, not the seed's.
 */
public enum Category {
    FULL_NAME(Severity.HIGH, "Art. 4(1)", RedactionKind.FULL),
    EMAIL_ADDRESS(Severity.HIGH, "Art. 4(1)", RedactionKind.FULL),
    PHONE_NUMBER(Severity.MEDIUM, "Art. 4(1)", RedactionKind.FULL),
    PHYSICAL_ADDRESS(Severity.MEDIUM, "Art. 4(1)", RedactionKind.FULL),
    DATE_OF_BIRTH(Severity.MEDIUM, "Art. 4(1)", RedactionKind.YEAR_ONLY),
    NATIONAL_ID(Severity.CRITICAL, "Art. 87", RedactionKind.FULL),
    CREDIT_CARD(Severity.CRITICAL, "Art. 4(1); PCI DSS", RedactionKind.PARTIAL_LAST_4),
    BANK_ACCOUNT(Severity.HIGH, "Art. 4(1)", RedactionKind.PARTIAL_LAST_4),
    IP_ADDRESS(Severity.MEDIUM, "Art. 4(1), Recital 30", RedactionKind.FULL),
    DEVICE_ID(Severity.MEDIUM, "Art. 4(1), Recital 30", RedactionKind.FULL),
    FACE_BIOMETRIC(Severity.CRITICAL, "Art. 9 when processed to identify; Art. 4(1) otherwise", RedactionKind.BLUR_FACE),
    HEALTH_INFORMATION(Severity.CRITICAL, "Art. 9", RedactionKind.FULL);

    private final Severity severity;
    private final String gdprArticle;
    private final RedactionKind defaultRedaction;

    Category(Severity severity, String gdprArticle, RedactionKind defaultRedaction) {
        this.severity = severity;
        this.gdprArticle = gdprArticle;
        this.defaultRedaction = defaultRedaction;
    }

    /** The snake_case name used in reports ({@code "email_address"}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Severity severity() {
        return severity;
    }

    public String gdprArticle() {
        return gdprArticle;
    }

    public RedactionKind defaultRedaction() {
        return defaultRedaction;
    }

    /** Art. 9 special category data (biometric used to identify, health). */
    public boolean specialCategory() {
        return this == FACE_BIOMETRIC || this == HEALTH_INFORMATION;
    }

    public static Category fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
