package io.veil.report;

import java.util.regex.Pattern;

/**
 * How a {@link ReportBuilder} writes reports.
 *
 * @param maskValues  when true, {@code detected_value} is {@code "[masked]"} and no pseudonymisation option
 *                    reveals any character of a value (reports are sensitive files; this keeps values out)
 * @param veilVersion the Veil version written into every report ({@code "0.1.0"})
 *
 * <pre>{@code
 * ReportOptions opts = new ReportOptions(true, "0.1.0");
 * ReportBuilder builder = new ReportBuilder(opts);
 * }</pre>
 */
public record ReportOptions(boolean maskValues, String veilVersion) {

    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}");

    public ReportOptions {
        if (veilVersion == null || !VERSION.matcher(veilVersion).matches()) {
            throw new IllegalArgumentException("veilVersion must be a short version string such as 0.1.0");
        }
    }

    /** Values shown, for the given version. */
    public static ReportOptions defaults(String veilVersion) {
        return new ReportOptions(false, veilVersion);
    }

    public ReportOptions withMaskValues(boolean mask) {
        return new ReportOptions(mask, veilVersion);
    }
}
