package io.veil.spi;

import io.veil.model.Finding;
import java.util.List;

/**
 * Resolve: takes all findings of one page (possibly overlapping, from many recognizers) and returns the ones
 * to report: overlaps decided by validity and specificity (an IBAN beats the Luhn-valid card number inside
 * it), duplicates merged, findings below the reporting threshold dropped. Thread-safe.
 */
public interface Resolver {
    List<Finding> resolve(List<Finding> findings);
}
