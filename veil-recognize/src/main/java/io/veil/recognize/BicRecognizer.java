package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.spi.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BIC / SWIFT codes ({@link Category#BANK_ACCOUNT}, {@code account_type=bic}): 8 or 11 characters with a real
 * country code in positions 5–6. Eight capital letters are also ordinary words in capitals, so a code is only
 * reported next to a context word such as "BIC" or "SWIFT".
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * new BicRecognizer().find("BIC: DEUTDEFF500", 1);   // one finding
 * new BicRecognizer().find("DEUTDEFF500", 1);        // none: no context
 * }</pre>
 */
public final class BicRecognizer implements Recognizer {
    private static final Pattern BIC = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]{4}([A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![\\p{L}\\p{N}])");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final double BASE = 0.3;
    private static final ContextScorer CONTEXT = ContextScorer.builder()
            .raise(0.45, "bic", "swift", "swift code", "bic code", "bic swift", "swift bic", "bank identifier code", "code bic")
            .build();

    @Override
    public String id() {
        return "bic";
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Finding> out = new ArrayList<>();
        Matcher m = BIC.matcher(text);
        while (m.find()) {
            TextSpan span = new TextSpan(m.start(), m.end());
            if (!COUNTRIES.contains(m.group(1)) || CONTEXT.strongestRaise(text, span).isEmpty()) {
                continue;
            }
            Explanation e = CONTEXT.apply(text, span, Explanation.of("bic", BASE));
            out.add(Findings.of(Category.BANK_ACCOUNT, text, page, m.start(), m.end(), id(), e, Map.of("account_type", "bic")));
        }
        return out;
    }
}
