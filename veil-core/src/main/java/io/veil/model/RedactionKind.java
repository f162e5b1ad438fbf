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

    /**
     * The sub-spans of {@code span} (in {@code text}) that this redaction destroys: all of it, all but the last
     * four letters or digits, or all but a four-digit year. A value too short to keep anything is destroyed whole.
     */
    public java.util.List<TextSpan> hiddenParts(TextSpan span, String text) {
        return switch (this) {
            case PARTIAL_LAST_4 -> {
                int keepFrom = span.end();
                int kept = 0;
                while (keepFrom > span.start() && kept < 4) {
                    keepFrom--;
                    if (Character.isLetterOrDigit(text.charAt(keepFrom))) {
                        kept++;
                    }
                }
                yield kept < 4 || keepFrom == span.start() ? java.util.List.of(span) : java.util.List.of(new TextSpan(span.start(), keepFrom));
            }
            case YEAR_ONLY -> {
                var m = YEAR.matcher(text).region(span.start(), span.end());
                if (!m.find()) {
                    yield java.util.List.of(span);
                }
                java.util.List<TextSpan> parts = new java.util.ArrayList<>();
                if (m.start() > span.start()) {
                    parts.add(new TextSpan(span.start(), m.start()));
                }
                if (m.end() < span.end()) {
                    parts.add(new TextSpan(m.end(), span.end()));
                }
                yield parts;
            }
            default -> java.util.List.of(span);
        };
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");

    /** The snake_case name used in reports ({@code "partial_last_4"}). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
