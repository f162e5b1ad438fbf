package io.veil.model;

/** How much harm exposure of a finding could cause; ordered from least to most severe. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** The lower-case name used in reports ({@code "critical"}). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
