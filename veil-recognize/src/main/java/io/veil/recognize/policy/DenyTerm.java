package io.veil.recognize.policy;

import io.veil.model.Category;

/**
 * A value the user always wants removed (a project code name, a client's name the recognizers miss),
 * matched case-insensitively as whole words, reported with full confidence in its category. Immutable.
 *
 * <pre>{@code
 * DenyTerm t = new DenyTerm("Operation Nightjar", Category.FULL_NAME);
 * }</pre>
 */
public record DenyTerm(String term, Category category) {
    public DenyTerm {
        if (term == null || term.isBlank() || category == null) {
            throw new IllegalArgumentException("a deny term needs non-blank text and a category");
        }
        term = term.strip();
    }
}
