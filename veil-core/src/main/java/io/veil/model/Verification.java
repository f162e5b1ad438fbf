package io.veil.model;

import java.util.List;

/** The result of scanning a redacted output again: passed when nothing that was redacted is still found. */
public record Verification(boolean passed, List<Finding> residualFindings) {
    public Verification {
        residualFindings = List.copyOf(residualFindings);
    }
}
