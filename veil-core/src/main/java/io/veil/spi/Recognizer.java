package io.veil.spi;

import io.veil.model.Finding;
import java.util.List;

/**
 * Recognize: finds personal data of one or more categories in a page's text. Returns findings with a
 * {@link io.veil.model.TextSpan} into {@code text}, the given page number, no boxes (the pipeline adds them by
 * offset lookup), an {@link io.veil.model.Explanation}, and the category's default redaction. Context words
 * around the match may raise or lower the score. Stateless and thread-safe.
 */
public interface Recognizer {
    /** Stable id, reported as the finding's {@code detector} ({@code "iban"}, {@code "phone"}). */
    String id();

    List<Finding> find(String text, int page);
}
