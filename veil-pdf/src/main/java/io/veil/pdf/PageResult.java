package io.veil.pdf;

import java.util.Objects;

/**
 * The redaction of one page: its outcome, why it was rasterised (null otherwise; never personal data), and
 * counts of what was removed. Immutable.
 *
 * <pre>{@code
 * PageResult r = result.pages().get(0);
 * if (r.outcome() == PageOutcome.RASTERISED) { log.info("page {} rasterised: {}", r.page(), r.reason()); }
 * }</pre>
 */
public record PageResult(int page, PageOutcome outcome, String reason, int glyphsRemoved, int imagesRedacted,
                         int annotationsRemoved) {
    public PageResult {
        Objects.requireNonNull(outcome, "outcome");
        if (page < 1 || glyphsRemoved < 0 || imagesRedacted < 0 || annotationsRemoved < 0) {
            throw new IllegalArgumentException("bad page result for page " + page);
        }
        if ((outcome == PageOutcome.RASTERISED) != (reason != null)) {
            throw new IllegalArgumentException("a reason is given exactly when a page is rasterised");
        }
    }
}
