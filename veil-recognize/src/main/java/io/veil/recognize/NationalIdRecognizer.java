package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.TextSpan;
import io.veil.model.Verdict;
import io.veil.model.Finding;
import io.veil.spi.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * European, UK and US national identification numbers ({@link Category#NATIONAL_ID} with
 * {@code national_id_type}), driven by a table of {@link NationalIdRule}s. A value whose check digit fails is never
 * reported. A valid value with letters and a check character (HETU, DNI/NIE, codice fiscale) is reported alone;
 * an all-digit value with one check digit needs a word that names it ("BSN", "PESEL", "Steuer-ID") or a line that
 * holds nothing but numbers (a form field or table cell), so that order, phone and account numbers that happen to
 * pass a mod-11 test stay out; a DK CPR number (no decisive check digit since 2007) needs its word.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * new NationalIdRecognizer().find("BSN: 111222333", 1);        // one finding, nl_bsn
 * new NationalIdRecognizer().find("invoice 111222333 paid", 1); // none
 * }</pre>
 */
public final class NationalIdRecognizer implements Recognizer {
    /** "199109242397 är mitt pnr.": the label may follow the value by a few words. */
    private static final int WORDS_AFTER = 3;
    private static final double BASE = 0.3;
    private static final double DISTINCT_VALID = 0.65;
    private static final double CHECKED_VALID = 0.4;
    private static final double OWN_WORD = 0.4;
    private static final double STANDALONE = 0.15;
    private static final int MIN_DISTINCT_DIGITS = 4;
    private static final ContextScorer AGAINST = ContextScorer.builder()
            .lowerReferenceWords(0.3)
            .lower(0.3, "phone", "tel", "telefon", "telephone", "téléphone", "fax", "mobile", "handy", "iban",
                    "konto", "account", "kontonummer", "bic", "blz", "zip", "routing", "postcode", "plz")
            .build();

    private final List<NationalIdRule> rules;
    private final List<ContextScorer> own;

    /** The built-in table {@link NationalIdRule#DEFAULTS}. */
    public NationalIdRecognizer() {
        this(NationalIdRule.DEFAULTS);
    }

    public NationalIdRecognizer(List<NationalIdRule> rules) {
        this.rules = List.copyOf(rules);
        this.own = this.rules.stream()
                .map(r -> ContextScorer.builder().window(ContextScorer.WORDS_BEFORE, WORDS_AFTER).raise(OWN_WORD, r.cues().toArray(String[]::new)).build()).toList();
    }

    @Override
    public String id() {
        return "national_id";
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Finding> out = new ArrayList<>();
        List<int[]> windows = digitWindows(text);
        List<int[]> whole = List.<int[]>of(new int[] {0, text.length()});
        for (int i = 0; i < rules.size(); i++) {
            NationalIdRule rule = rules.get(i);
            Matcher m = rule.pattern().matcher(text);
            for (int[] w : DIGIT_HEAVY.contains(rule.type()) ? windows : whole) {
                // Transparent bounds: the rule's look-arounds still see the text around the window.
                m.region(w[0], w[1]).useTransparentBounds(true).useAnchoringBounds(false);
                while (m.find()) {
                    Finding f = score(rule, own.get(i), text, page, m.start(), m.end());
                    if (f != null) {
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The stretches where an ID can be: every ID of {@link #DIGIT_HEAVY} has at least {@link #MIN_DIGITS} digits
     * within {@link #DIGIT_REACH} chars (a NINO 6, a DNI 8, a HETU 9), so those rules run only around such
     * clusters, {@link #WINDOW_MARGIN} chars either side, merged where they touch; prose without numbers is
     * skipped in one pass instead of one pass per rule.
     */
    static List<int[]> digitWindows(String text) {
        List<int[]> out = new ArrayList<>();
        int[] recent = new int[MIN_DIGITS];
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                continue;
            }
            recent[seen++ % MIN_DIGITS] = i;
            int oldest = recent[seen % MIN_DIGITS];
            if (seen >= MIN_DIGITS && i - oldest < DIGIT_REACH) {
                int from = Math.max(0, oldest - WINDOW_MARGIN), to = Math.min(text.length(), i + 1 + WINDOW_MARGIN);
                if (!out.isEmpty() && out.get(out.size() - 1)[1] >= from) {
                    out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], to);
                } else {
                    out.add(new int[] {from, to});
                }
            }
        }
        return out;
    }

    static final int MIN_DIGITS = 5;
    /**
     * The built-in types with at least {@link #MIN_DIGITS} digits in every value. Not in it: the codice fiscale
     * (omocodia turns its digits into letters), the German ID card number (mostly letters), and any rule a caller
     * adds, which run over the whole text.
     */
    static final java.util.Set<String> DIGIT_HEAVY = java.util.Set.of("fi_hetu", "es_dni", "ie_ppsn", "uk_nino", "fr_nir",
            "de_steuer_id", "pl_pesel", "be_national_number", "se_personnummer", "at_svnr", "uk_nhs", "nl_bsn", "pt_nif",
            "us_itin", "dk_cpr", "uk_driving_licence", "ro_cnp", "si_emso", "bg_egn", "cz_sk_birth_number", "ee_isikukood",
            "lt_asmens_kodas", "lv_personas_kods", "hr_oib", "gr_amka");
    private static final int DIGIT_REACH = 24;
    private static final int WINDOW_MARGIN = 32;

    private Finding score(NationalIdRule rule, ContextScorer named, String text, int page, int start, int end) {
        if (insideInternationalNumber(text, start)) {
            return null;
        }
        Verdict verdict = rule.verify(text.substring(start, end));
        if (verdict == Verdict.INVALID || verdict == Verdict.NO_OPINION && rule.strength() != NationalIdRule.Strength.CONTEXT_ONLY) {
            return null;
        }
        TextSpan span = new TextSpan(start, end);
        Explanation e = Explanation.of(rule.type(), BASE);
        if (verdict == Verdict.VALID) {
            e = e.validated(verdict, rule.type() + " check", switch (rule.strength()) {
                case DISTINCT -> DISTINCT_VALID;
                case CHECKED -> CHECKED_VALID;
                case CONTEXT_ONLY -> BASE;
            });
        }
        Explanation withOwn = named.apply(text, span, e);
        if (withOwn != e) {
            e = withOwn;
        } else {
            e = AGAINST.apply(text, span, e);
            if (e.contextWords().isEmpty() && verdict == Verdict.VALID
                    && rule.strength() != NationalIdRule.Strength.CONTEXT_ONLY && !lowEntropy(span.of(text))
                    && Findings.noLetterOnLineBeside(text, span.start(), span.end())) {
                e = e.adjusted("standalone value on a line without words", e.score() + STANDALONE);
            }
        }
        return Findings.of(Category.NATIONAL_ID, text, page, start, end, id(), e,
                Map.of("national_id_type", rule.type()));
    }

    /** "+55 11 98456 5666": the value is the tail of a number that starts with a country calling code. */
    private static boolean insideInternationalNumber(String text, int start) {
        int i = start - 1;
        while (i >= 0 && "0123456789 ()./-".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && i < start - 1 && text.charAt(i) == '+';
    }

    /** "666000000", "111222333": placeholders pass mod-11 tests too often to count without a label. */
    private static boolean lowEntropy(String value) {
        return value.chars().filter(Character::isDigit).distinct().count() < MIN_DISTINCT_DIGITS;
    }
}
