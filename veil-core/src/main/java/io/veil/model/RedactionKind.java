package io.veil.model;

/**
 * What a finding's redaction should leave behind, as recommended in the report.
 * <ul>
 *   <li>{@link #FULL}: nothing of the value stays readable.</li>
 *   <li>{@link #PARTIAL_LAST_4}: only the last four letters or digits stay readable (cards, IBANs).</li>
 *   <li>{@link #YEAR_ONLY}: only the four-digit year stays readable (dates of birth).</li>
 *   <li>{@link #BLUR_FACE}: a padded face region is destroyed (blur, pixelate or solid; see {@link FaceStyle}).</li>
 * </ul>
 */
public enum RedactionKind {
    FULL, PARTIAL_LAST_4, YEAR_ONLY, BLUR_FACE;

    /** The snake_case name used in reports ({@code "partial_last_4"}). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
