package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.model.Verdict;
import io.veil.recognize.checksum.LetterIdChecks;
import io.veil.recognize.checksum.VatChecks;
import io.veil.spi.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EU VAT identification numbers with their country prefix ({@code DE136695976}, {@code ATU 13585627},
 * {@code NL004495445B01}), reported as {@link Category#NATIONAL_ID} with {@code national_id_type} {@code
 * eu_vat} and {@code country}: a sole trader's VAT number identifies a person (in the Netherlands and Ireland it
 * was or is their personal number). Only values whose check digits hold are reported; a VAT word nearby
 * ("USt-IdNr.", "TVA", "P.IVA", "BTW", "NIP", "VAT") raises the score. Spanish numbers are reported in their
 * personal forms (DNI/NIE); company CIFs, like other data of legal persons, are not personal data.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * new VatRecognizer().find("USt-IdNr.: DE 136 695 976", 1);   // one finding, country DE
 * }</pre>
 */
public final class VatRecognizer implements Recognizer {

    private record Country(String prefix, String body, Function<String, Verdict> check) {
    }

    /** One digit, optionally preceded by a single space, dot or dash (grouped writing). */
    private static String digits(int n) {
        return "\\d(?:[ .-]?\\d){" + (n - 1) + "}";
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("AT", "U[ .-]?" + digits(8), VatChecks::at),
            new Country("BE", "[01]?[ .-]?" + digits(9), VatChecks::be),
            new Country("DE", digits(9), VatChecks::de),
            new Country("DK", digits(8), VatChecks::dk),
            new Country("EE", digits(9), VatChecks::ee),
            new Country("EL", digits(9), VatChecks::el),
            new Country("ES", "[0-9XYZ]\\d{7}[A-Z]", s -> LetterIdChecks.esDniNie(s)),
            new Country("FI", digits(8), VatChecks::fi),
            new Country("FR", "\\d{2}[ .-]?" + digits(9), VatChecks::fr),
            new Country("HR", digits(11), VatChecks::hr),
            new Country("HU", digits(8), VatChecks::hu),
            new Country("IE", "\\d{7}[A-W][A-IW]?", s -> LetterIdChecks.iePpsn(s)),
            new Country("IT", digits(11), VatChecks::it),
            new Country("LU", digits(8), VatChecks::lu),
            new Country("NL", digits(9) + "[ .-]?B[ .-]?\\d{2}", VatChecks::nl),
            new Country("PL", digits(10), VatChecks::pl),
            new Country("PT", digits(9), VatChecks::pt),
            new Country("SE", digits(12), VatChecks::se),
            new Country("SI", digits(8), VatChecks::si),
            new Country("SK", digits(10), VatChecks::sk));

    private static final Pattern CANDIDATE;

    static {
        StringBuilder alt = new StringBuilder();
        for (Country c : COUNTRIES) {
            alt.append(alt.isEmpty() ? "" : "|").append("(?<").append(c.prefix()).append('>')
                    .append(c.prefix().equals("EL") ? "(?:EL|GR)" : c.prefix()).append("[ .-]?").append(c.body()).append(')');
        }
        CANDIDATE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])(?![-.,/]\\d)");
    }

    private static final double VALID = 0.85;
    private static final ContextScorer CONTEXT = ContextScorer.builder()
            .raise(0.1, "vat", "vat no", "vat number", "vat reg", "ust-idnr", "ust idnr", "ust-id", "umsatzsteuer",
                    "mwst", "uid", "tva", "n° tva", "iva", "p iva", "p.iva", "partita iva", "btw", "btw-id", "nip",
                    "moms", "alv", "afm", "dic", "dph", "ddv", "oib", "kmkr", "anum", "nif", "cif")
            .build();

    @Override
    public String id() {
        return "vat";
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Finding> out = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            for (Country c : COUNTRIES) {
                if (m.group(c.prefix()) == null) {
                    continue;
                }
                String raw = m.group(c.prefix()).toUpperCase(Locale.ROOT);
                String body = raw.substring(2).replaceAll("[ .-]", "");
                if (c.check().apply(body) != Verdict.VALID) {
                    break;
                }
                Explanation e = Explanation.of("vat_" + c.prefix().toLowerCase(Locale.ROOT), 0.5)
                        .validated(Verdict.VALID, "VAT check digits", VALID);
                e = CONTEXT.apply(text, new TextSpan(m.start(), m.end()), e);
                out.add(Findings.of(Category.NATIONAL_ID, text, page, m.start(), m.end(), id(), e,
                        Map.of("national_id_type", "eu_vat", "country", c.prefix())));
                break;
            }
        }
        return out;
    }
}
