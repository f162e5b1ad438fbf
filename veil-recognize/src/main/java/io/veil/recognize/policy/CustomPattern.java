package io.veil.recognize.policy;

import io.veil.model.Category;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A user's own identifier format from the policy file: a regular expression, the category its matches
 * belong to, an optional validator, a base score, and context words that raise the score when they appear
 * shortly before the match. A match is reported when its final score reaches the reporting threshold
 * (0.5), so a pattern with base score 0.4 and context words is reported only near one of them. Immutable.
 *
 * <pre>{@code
 * CustomPattern p = new CustomPattern("employee_id", Pattern.compile("\\bEMP-\\d{6}\\b"), Category.NATIONAL_ID,
 *         PatternValidator.NONE, 0.6, List.of("employee", "staff"));
 * }</pre>
 *
 * @param name      stable name, reported as the finding's pattern ({@code policy:<name>})
 * @param regex     what a value looks like
 * @param category  what it is
 * @param validator check a match must pass
 * @param score     base score in [0,1]
 * @param context   words or phrases (case-insensitive) that raise the score by {@link #CONTEXT_BOOST}
 */
public record CustomPattern(String name, Pattern regex, Category category, PatternValidator validator, double score,
                            List<String> context) {

    /** Raise for a context word before the match: enough to lift a 0.4 pattern over the threshold. */
    public static final double CONTEXT_BOOST = 0.35;

    public CustomPattern {
        if (name == null || !name.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new IllegalArgumentException("pattern name must be 1-64 letters, digits, '_', '.' or '-'");
        }
        if (regex == null || category == null || validator == null) {
            throw new IllegalArgumentException("pattern '" + name + "' needs a regex, a category and a validator");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("pattern '" + name + "': score must be in [0,1]");
        }
        if (regex.matcher("").matches()) {
            throw new IllegalArgumentException("pattern '" + name + "' matches the empty string");
        }
        context = context.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
