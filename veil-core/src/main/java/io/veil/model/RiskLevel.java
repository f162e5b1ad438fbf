package io.veil.model;

import java.util.Collection;
import java.util.Locale;

/**
 * A file's overall risk, from its findings. Rule (documented in docs/report.md): no finding is {@link #NONE};
 * otherwise the level of the worst finding's severity, raised one step when the file holds ten or more
 * findings or three or more distinct categories (aggregation makes identification easier), capped at
 * {@link #CRITICAL}.
 */
public enum RiskLevel {
    NONE, LOW, MEDIUM, HIGH, CRITICAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RiskLevel of(Collection<Finding> findings) {
        if (findings.isEmpty()) {
            return NONE;
        }
        Severity worst = findings.stream().map(f -> f.category().severity()).max(Enum::compareTo).orElseThrow();
        RiskLevel level = values()[worst.ordinal() + 1];
        long categories = findings.stream().map(Finding::category).distinct().count();
        if (findings.size() >= 10 || categories >= 3) {
            level = values()[Math.min(CRITICAL.ordinal(), level.ordinal() + 1)];
        }
        return level;
    }
}
