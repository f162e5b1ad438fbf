package io.veil.report.rules;

import java.util.Locale;

/**
 * The one action a report's {@code summary.recommended_action} recommends for the whole file.
 * {@link RecommendedActionRule} chooses it.
 */
public enum SummaryAction {
    /** No personal data was found and the analysis completed. */
    NO_ACTION_REQUIRED,
    /** Personal data of low or medium risk: redact before the file leaves its current system. */
    REDACT_BEFORE_SHARING,
    /** High or critical risk: redact everything before the file is stored anywhere else. */
    REDACT_ALL_BEFORE_STORAGE,
    /** The file was redacted and the output passed verification: share the redacted copy, never the original. */
    SHARE_REDACTED_COPY_ONLY,
    /** The analysis is incomplete or the redacted output still holds personal data: a person must look. */
    MANUAL_REVIEW_REQUIRED;

    /** The snake_case name used in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
