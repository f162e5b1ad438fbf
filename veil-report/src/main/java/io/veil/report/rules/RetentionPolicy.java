package io.veil.report.rules;

import java.util.Locale;

/**
 * Which retention regime applies to a file, reported as {@code summary.retention_policy_applicable}. Veil names
 * the regime, not a duration: statutory periods differ by member state (commercial and tax law for financial
 * records, health law for patient files), so a fixed "7 years" would be wrong for most readers.
 */
public enum RetentionPolicy {
    /** No personal data: storage limitation does not apply. */
    NONE,
    /** Personal data only: keep no longer than the purpose needs (Art. 5(1)(e)). */
    STORAGE_LIMITATION_ART_5_1_E,
    /** Identity document numbers: keep only while the identification purpose lasts (Art. 5(1)(e), Art. 87). */
    IDENTITY_DOCUMENTS_PURPOSE_LIMITED,
    /** Card or bank data: the statutory retention of financial records of the member state applies. */
    FINANCIAL_RECORDS_STATUTORY,
    /** Health data: the statutory retention of medical records of the member state applies (Art. 9(2)(h)). */
    HEALTH_RECORDS_STATUTORY;

    /** The snake_case name used in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
