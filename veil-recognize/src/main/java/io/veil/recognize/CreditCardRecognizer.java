package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.Verdict;
import io.veil.recognize.checksum.Luhn;
import io.veil.spi.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment card numbers ({@link Category#CREDIT_CARD}): 12–19 digits, whole or in groups separated by single
 * spaces or dashes, that pass Luhn and fall in a brand's IIN range ({@code card_type}). A run of digit groups
 * is split into the longest valid card numbers it holds, so three cards on one line are three findings.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * new CreditCardRecognizer().find("card 4111 1111 1111 1111", 1);   // one finding, card_type=visa, 0.9+
 * }</pre>
 */
public final class CreditCardRecognizer implements Recognizer {
    private static final Pattern GROUPS = Pattern.compile("(?<![\\p{L}\\p{N}.,/-])\\d+(?:[ -]\\d+)*(?![\\p{L}\\p{N}])");
    private static final Pattern ONE_GROUP = Pattern.compile("\\d+");
    private static final double BASE = 0.5;
    private static final double LUHN_VALID = 0.9;
    private static final ContextScorer CONTEXT = ContextScorer.builder()
            .raise(0.1, "card", "credit", "debit", "visa", "mastercard", "amex", "cc", "karte", "kreditkarte", "carte",
                    "tarjeta", "carta", "kaart", "pan")
            .lowerReferenceWords(0.3)
            .build();

    @Override
    public String id() {
        return "credit_card";
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Finding> out = new ArrayList<>();
        Matcher run = GROUPS.matcher(text);
        while (run.find()) {
            List<int[]> groups = new ArrayList<>();
            Matcher g = ONE_GROUP.matcher(text).region(run.start(), run.end());
            while (g.find()) {
                groups.add(new int[] {g.start(), g.end()});
            }
            int i = 0;
            while (i < groups.size()) {
                int end = longestCardFrom(text, groups, i);
                if (end < 0) {
                    i++;
                    continue;
                }
                out.add(finding(text, page, groups.get(i)[0], groups.get(end)[1]));
                i = end + 1;
            }
        }
        return out;
    }

    /** The index of the last group of the longest valid card starting at group {@code i}, or -1. */
    private static int longestCardFrom(String text, List<int[]> groups, int i) {
        int best = -1;
        StringBuilder digits = new StringBuilder();
        for (int j = i; j < groups.size() && digits.length() <= 19; j++) {
            digits.append(text, groups.get(j)[0], groups.get(j)[1]);
            String d = digits.toString();
            if (d.length() >= 12 && d.length() <= 19 && Luhn.verify(d) == Verdict.VALID && CardBrand.of(d).isPresent()) {
                best = j;
            }
        }
        return best;
    }

    private Finding finding(String text, int page, int start, int end) {
        String digits = Findings.digitsOf(text.substring(start, end));
        Optional<CardBrand> brand = CardBrand.of(digits);
        Explanation e = Explanation.of("card-digits", BASE).validated(Verdict.VALID, "luhn", LUHN_VALID);
        e = CONTEXT.apply(text, new io.veil.model.TextSpan(start, end), e);
        return Findings.of(Category.CREDIT_CARD, text, page, start, end, id(), e,
                Map.of("card_type", brand.map(CardBrand::id).orElse("unknown")));
    }
}
