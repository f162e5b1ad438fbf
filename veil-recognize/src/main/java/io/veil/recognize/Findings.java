package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import java.util.Map;

/** Builds text findings the same way for every recognizer of this package. */
final class Findings {
    private Findings() {
    }

    static Finding of(Category category, String text, int page, int start, int end, String detector,
                      Explanation explanation, Map<String, String> attributes) {
        TextSpan span = new TextSpan(start, end);
        return Finding.inText(category, span.of(text), page, span, detector, explanation, attributes);
    }

    /** True when the character before {@code start} and the one at {@code end} are not letters or digits. */
    static boolean wordBounded(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /**
     * True when no letter stands on the line of {@code start}–{@code end} outside that stretch (a form field or
     * table cell). Walks outwards only to the first letter or line break, so a long line costs no more than a
     * short one.
     */
    static boolean noLetterOnLineBeside(String text, int start, int end) {
        for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String digitsOf(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
