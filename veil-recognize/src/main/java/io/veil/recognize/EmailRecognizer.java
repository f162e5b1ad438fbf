package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.Verdict;
import io.veil.spi.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.DomainValidator;

/**
 * E-mail addresses ({@link Category#EMAIL_ADDRESS}): a local part, {@code @}, and a domain whose top-level
 * domain exists (IANA list, punycode included), so {@code info@presidio.} or {@code a@b.c} are not reported.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * List<Finding> f = new EmailRecognizer().find("write to jane.doe@example.com", 1);   // one finding, 0.9
 * }</pre>
 */
public final class EmailRecognizer implements Recognizer {
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+'-])[\\p{L}\\p{N}_%+'-]+(?:\\.[\\p{L}\\p{N}_%+'-]+)*"
                    + "@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+[\\p{L}\\p{N}-]{2,63}(?![\\p{L}\\p{N}@-])");
    private static final double BASE = 0.5;
    private static final double VALID_TLD = 0.9;

    @Override
    public String id() {
        return "email";
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Finding> out = new ArrayList<>();
        Matcher m = EMAIL.matcher(text);
        DomainValidator domains = DomainValidator.getInstance();
        while (m.find()) {
            String value = m.group();
            String tld = value.substring(value.lastIndexOf('.') + 1);
            if (!domains.isValidTld(tld)) {
                continue;
            }
            Explanation e = Explanation.of("email", BASE).validated(Verdict.VALID, "top-level domain", VALID_TLD);
            out.add(Findings.of(Category.EMAIL_ADDRESS, text, page, m.start(), m.end(), id(), e, Map.of()));
        }
        return out;
    }
}
