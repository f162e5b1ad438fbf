package io.veil.report.rules;

import java.util.Locale;

/** How urgent a recommended action is, from most to least urgent. */
public enum Priority {
    IMMEDIATE, HIGH, MEDIUM, LOW;

    /** The lower-case name used in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
