package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.model.Verdict;
import io.veil.recognize.checksum.IbanMod97;
import io.veil.spi.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * IBANs ({@link Category#BANK_ACCOUNT}, {@code account_type=iban}): a country code and check digits, then
 * exactly that country's number of letters and digits (upper or lower case, not mixed), compact or grouped by single spaces or dashes, ending on
 * a group boundary; valid when the mod-97 check and the country's BBAN layout (digits where digits belong) pass.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * new IbanRecognizer().find("IBAN: GB82 WEST 1234 5698 7654 32", 1);   // one finding, 0.95+
 * }</pre>
 */
public final class IbanRecognizer implements Recognizer {
    private static final Pattern START = Pattern.compile("(?<![\\p{L}\\p{N}])(?:[A-Z]{2}|[a-z]{2})\\d{2}");
    private static final double BASE = 0.5;
    private static final double CHECKSUM_VALID = 0.95;
    private static final ContextScorer CONTEXT = ContextScorer.builder()
            .raise(0.05, "iban", "bank", "account", "konto", "kontonummer", "compte", "rib", "cuenta", "conto",
                    "rekening", "rekeningnummer", "bankverbindung")
            .build();

    @Override
    public String id() {
        return "iban";
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Finding> out = new ArrayList<>();
        Matcher m = START.matcher(text);
        int from = 0;
        while (m.find(from)) {
            from = m.start() + 1;
            int length = IbanMod97.lengthOf(m.group().substring(0, 2).toUpperCase(java.util.Locale.ROOT));
            if (length == 0) {
                continue;
            }
            int end = collect(text, m.start(), length);
            if (end < 0) {
                continue;
            }
            String raw = compactOf(text.substring(m.start(), end));
            String compact = raw.toUpperCase(java.util.Locale.ROOT);
            if (!raw.equals(compact) && !raw.equals(raw.toLowerCase(java.util.Locale.ROOT))) {
                continue; // mixed case is prose, not an IBAN typed in lower case
            }
            if (IbanMod97.verify(compact) != Verdict.VALID || !layoutFits(compact)) {
                continue;
            }
            Explanation e = Explanation.of("iban", BASE).validated(Verdict.VALID, "mod-97", CHECKSUM_VALID);
            e = CONTEXT.apply(text, new TextSpan(m.start(), end), e);
            out.add(Findings.of(Category.BANK_ACCOUNT, text, page, m.start(), end, id(), e, Map.of("account_type", "iban")));
            from = end;
        }
        return out;
    }

    /**
     * The end of {@code length} letters and digits from {@code start}, with single spaces or dashes allowed
     * between them, or -1 when the text runs out first or the value would end inside a group.
     */
    private static int collect(String text, int start, int length) {
        int count = 0;
        int i = start;
        while (i < text.length() && count < length) {
            char c = text.charAt(i);
            if (isIbanChar(c)) {
                count++;
                i++;
            } else if ((c == ' ' || c == '-') && i + 1 < text.length() && isIbanChar(text.charAt(i + 1)) && count > 0) {
                i++;
            } else {
                break;
            }
        }
        if (count < length || (i < text.length() && Character.isLetterOrDigit(text.charAt(i)))) {
            return -1;
        }
        return i;
    }

    private static boolean isIbanChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static String compactOf(String s) {
        return s.replace(" ", "").replace("-", "");
    }

    /** The country's BBAN layout, where commons-validator knows it; mod-97 alone elsewhere. */
    private static boolean layoutFits(String compact) {
        IBANValidator v = IBANValidator.getInstance();
        return !v.hasValidator(compact) || v.isValid(compact);
    }
}
