package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.model.Verdict;
import io.veil.recognize.checksum.Luhn;
import io.veil.spi.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IMEIs ({@link Category#DEVICE_ID}, {@code device_id_type=imei}): 15 digits passing Luhn, either in the
 * {@code AA-BBBBBB-CCCCCC-D} grouping or bare next to a context word ("IMEI"). Fifteen bare Luhn-valid digits
 * are one in ten of all fifteen-digit numbers, so without either they are not reported.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * new ImeiRecognizer().find("IMEI 490154203237518", 1);   // one finding
 * }</pre>
 */
public final class ImeiRecognizer implements Recognizer {
    private static final Pattern GROUPED = Pattern.compile("(?<![\\p{L}\\p{N}-])\\d{2}([- ])\\d{6}\\1\\d{6}\\1\\d(?![\\p{L}\\p{N}]|[- ]\\d)");
    private static final Pattern BARE = Pattern.compile("(?<![\\p{L}\\p{N}-])\\d{15}(?![\\p{L}\\p{N}])");
    private static final double BASE = 0.3;
    private static final double GROUPED_VALID = 0.7;
    private static final double BARE_VALID = 0.45;
    private static final ContextScorer CONTEXT = ContextScorer.builder()
            .raise(0.4, "imei", "imei number", "imei nr", "imei no", "device id", "serial number imei")
            .build();

    @Override
    public String id() {
        return "imei";
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Finding> out = new ArrayList<>();
        Matcher g = GROUPED.matcher(text);
        while (g.find()) {
            add(out, text, page, g.start(), g.end(), "imei-grouped", GROUPED_VALID);
        }
        Matcher b = BARE.matcher(text);
        while (b.find()) {
            if (CONTEXT.strongestRaise(text, new TextSpan(b.start(), b.end())).isPresent()) {
                add(out, text, page, b.start(), b.end(), "imei-digits", BARE_VALID);
            }
        }
        return out;
    }

    private void add(List<Finding> out, String text, int page, int start, int end, String pattern, double valid) {
        if (Luhn.verify(Findings.digitsOf(text.substring(start, end))) != Verdict.VALID) {
            return;
        }
        Explanation e = Explanation.of(pattern, BASE).validated(Verdict.VALID, "luhn", valid);
        e = CONTEXT.apply(text, new TextSpan(start, end), e);
        out.add(Findings.of(Category.DEVICE_ID, text, page, start, end, id(), e, Map.of("device_id_type", "imei")));
    }
}
