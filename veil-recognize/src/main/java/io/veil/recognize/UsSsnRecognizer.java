package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.model.Verdict;
import io.veil.spi.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US Social Security numbers ({@link Category#NATIONAL_ID}, {@code national_id_type=us_ssn}).
 * {@code 123-45-6789} with one consistent separator is the strong form; nine bare digits and the odd groupings
 * {@code 123-456789} / {@code 12345-6789} are weak and need a context word ("SSN", "social security") or a line
 * that holds nothing but numbers (a form field or table cell). Numbers the SSA never issues are rejected
 * ({@link #verify(String)}).
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * new UsSsnRecognizer().find("SSN 078-05-1123", 1);    // one finding, 0.9
 * new UsSsnRecognizer().find("ref 078051123", 1);      // none
 * }</pre>
 */
public final class UsSsnRecognizer implements Recognizer {
    private static final String LEFT = "(?<![\\p{L}\\p{N}.,/-])";
    private static final String RIGHT = "(?![\\p{L}\\p{N}])(?![-.,/]\\d)";
    private static final Pattern STRONG = Pattern.compile(LEFT + "\\d{3}([- .])\\d{2}\\1\\d{4}" + RIGHT);
    private static final Pattern WEAK = Pattern.compile(LEFT + "(?:\\d{9}|\\d{3}[- .]\\d{6}|\\d{5}[- .]\\d{4})" + RIGHT);
    /** Numbers published as examples or misused so often that they identify nobody. */
    private static final Set<String> KNOWN_FAKE = Set.of("123456789", "078051120", "219099999", "987654320",
            "987654321", "987654322", "987654323", "987654324", "987654325", "987654326", "987654327", "987654328",
            "987654329");
    private static final double STRONG_BASE = 0.5;
    private static final double STRONG_VALID = 0.6;
    private static final double WEAK_BASE = 0.3;
    private static final double WEAK_VALID = 0.4;
    private static final double STANDALONE = 0.1;
    private static final ContextScorer CONTEXT = ContextScorer.builder()
            .raise(0.3, "ssn", "ssns", "social security", "social security number", "social security no", "ss",
                    "ss no", "ss number", "ssa", "ssid", "tin", "taxpayer")
            .lowerReferenceWords(0.3)
            .lower(0.3, "phone", "tel", "fax", "zip", "routing", "aba")
            .build();

    @Override
    public String id() {
        return "us_ssn";
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Finding> out = new ArrayList<>();
        Matcher strong = STRONG.matcher(text);
        while (strong.find()) {
            add(out, text, page, strong.start(), strong.end(), true);
        }
        Matcher weak = WEAK.matcher(text);
        while (weak.find()) {
            add(out, text, page, weak.start(), weak.end(), false);
        }
        return out;
    }

    private void add(List<Finding> out, String text, int page, int start, int end, boolean strong) {
        String digits = Findings.digitsOf(text.substring(start, end));
        if (verify(digits) != Verdict.VALID) {
            return;
        }
        TextSpan span = new TextSpan(start, end);
        Explanation e = strong
                ? Explanation.of("ssn-dashed", STRONG_BASE).validated(Verdict.VALID, "ssa ranges", STRONG_VALID)
                : Explanation.of("ssn-digits", WEAK_BASE).validated(Verdict.VALID, "ssa ranges", WEAK_VALID);
        e = CONTEXT.apply(text, span, e);
        if (!strong && e.contextWords().isEmpty() && Findings.noLetterOnLineBeside(text, span.start(), span.start())) {
            e = e.adjusted("standalone value on a line without words", e.score() + STANDALONE);
        }
        out.add(Findings.of(Category.NATIONAL_ID, text, page, start, end, id(), e, Map.of("national_id_type", "us_ssn")));
    }

    /**
     * {@code VALID} for nine digits the SSA could have issued; {@code INVALID} for area 000, 666 or 9xx, group 00,
     * serial 0000, one repeated digit, or a known fake; {@code NO_OPINION} when not nine digits.
     */
    public static Verdict verify(String digits) {
        if (digits.length() != 9 || !digits.chars().allMatch(Character::isDigit)) {
            return Verdict.NO_OPINION;
        }
        String area = digits.substring(0, 3);
        boolean invalid = area.equals("000") || area.equals("666") || area.charAt(0) == '9'
                || digits.startsWith("00", 3) || digits.endsWith("0000")
                || digits.chars().distinct().count() == 1 || KNOWN_FAKE.contains(digits);
        return invalid ? Verdict.INVALID : Verdict.VALID;
    }
}
