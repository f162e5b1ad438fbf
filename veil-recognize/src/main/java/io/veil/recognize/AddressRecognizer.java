package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.spi.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postal addresses as whole spans ({@link Category#PHYSICAL_ADDRESS}, {@code address_type=postal}): a street with
 * its house number in the order of its country, an optional unit, then up to four further parts on the same line
 * or the next lines (postcode and city, state, country). Street forms:
 * <ul>
 *   <li>number first, street type last (US, UK): "221B Baker Street", "1600 Pennsylvania Ave NW";</li>
 *   <li>street type first (FR, ES, IT, PT, PL): "12 rue de la Paix", "Calle Mayor, 5", "Via Roma 41";</li>
 *   <li>type glued to the name or after an adjective (DE, NL, Nordic): "Ziegelgasse 19", "Chausseestr. 32",
 *       "Frankfurter Allee 73", "Brixtonlaan 132 bis";</li>
 *   <li>P.O. boxes and US military addresses ("PSC 3294, Box 9168 / APO AA 61487");</li>
 *   <li>a bare "name number" street only when a postcode or unit line follows.</li>
 * </ul>
 * Postcodes: US ZIP(+4) after a state, UK postcodes, 4–5 digit European codes before or after the city, Dutch
 * "1234 AB". A street alone scores 0.7, with a postcode or city part 0.85. A city alone is not an address
 * (see {@link ResidenceRecognizer} for "lives in London").
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * new AddressRecognizer().find("Ship to 221B Baker Street, London NW1 6XE", 1);   // the whole address
 * }</pre>
 */
public final class AddressRecognizer implements Recognizer {
    private static final String CAP = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
    private static final String NUM = "\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,4}[A-Za-z]?)?";
    private static final String SP = "[ \\t]+";
    private static final String EN_TYPE = "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct"
            + "|Place|Pl|Way|Terrace|Close|Crescent|Square|Sq|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Row|Walk"
            + "|Gardens|Grove|Mews|Alley|Plaza|Ridge|Heights|Crossing|Hill|Union|Points?|Forges?|Views?|Estates?"
            + "|Meadows?|Village|Harbou?r|Creek|Glen|Hollow|Landing|Mill|Orchard|Pass|Run|Spur|Summit|Valley|Vista"
            + "|Wells?|Expressway|Freeway|Turnpike|Junction|Manor|Shores?|Springs?|Lakes?|Fields?|Cove|Loop|Path)\\.?";
    private static final String DIRECTION = "(?:" + SP + "(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\b\\.?)?";
    private static final String PREFIX_TYPE = "(?:[Rr]ue|[Aa]venue|[Aa]v\\.|[Bb]oulevard|[Bb]d\\.?|[Cc]hemin|[Pp]lace|[Aa]llée"
            + "|[Ii]mpasse|[Qq]uai|[Rr]oute|[Cc]ours|[Cc]alle|C/|[Aa]venida|[Aa]vda\\.?|[Pp]laza|[Pp]aseo|[Cc]amino|[Cc]arrer"
            + "|[Rr]onda|[Vv]ia|[Vv]iale|[Pp]iazza|[Pp]iazzale|[Cc]orso|[Ll]argo|[Vv]icolo|[Rr]ua|[Tt]ravessa|[Pp]raça"
            + "|[Ee]strada|ul\\.|[Uu]lica|[Aa]l\\.)";
    private static final String LINK = "(?:de|la|le|les|du|des|del|de la|di|dei|della|delle|degli|da|do|dos|das|y|e|l'|d'|sur)";
    private static final String NAME_AFTER_PREFIX = "(?:" + SP + "(?:" + LINK + SP + ")*" + CAP + "){1,5}";
    private static final String GLUED = "\\p{Lu}[\\p{L}\\p{M}-]*(?:straße|strasse|str\\.|weg|platz|allee|gasse|damm|ufer|steig"
            + "|pfad|chaussee|markt|gade|vej|vägen|väg|gatan|gata|veien|vei|gate|laan|straat|plein|gracht|kade|singel|dijk"
            + "|tie|katu|kuja|polku)";
    private static final String SPLIT_TYPE = CAP + SP + "(?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Laan"
            + "|Straat|Plein|Gracht|Kade|[Tt]errasse|[Vv]ej|[Gg]ade|u\\.)";
    private static final String STREET = "(?<street>"
            + "(?:P\\.?[ \\t]?O\\.?" + SP + "Box" + SP + "\\d{1,6}(?:" + SP + "(?:" + CAP + SP + "){1,3}" + EN_TYPE + ")?)"
            + "|(?:(?:PSC|Unit|CMR)" + SP + "\\d{1,5},?" + SP + "Box" + SP + "\\d{1,5}[ \\t]*[,\\n][ \\t]*[ADF]PO" + SP + "A[AEP]" + SP + "\\d{5})"
            + "|(?:(?:USNS|USNV|USS|USCGC)" + SP + CAP + "(?:" + SP + CAP + ")?[ \\t]*[,\\n][ \\t]*FPO" + SP + "A[AEP]" + SP + "\\d{5})"
            + "|(?:" + NUM + "(?:" + SP + "\\d{1,5})?" + "(?:" + SP + "(?:" + CAP + "|" + LINK + ")){0,4}" + SP + CAP + SP + EN_TYPE + DIRECTION + ")"
            + "|(?:(?:" + NUM + ",?" + SP + ")?" + PREFIX_TYPE + NAME_AFTER_PREFIX + "(?:,?" + SP + NUM + ")?)"
            + "|(?:(?:" + NUM + SP + ")?(?:" + GLUED + "|" + SPLIT_TYPE + ")" + SP + NUM + "\\.?)"
            + "|(?<bare>" + NUM + SP + "(?:" + CAP + SP + "){1,3}" + NUM + ")"
            + ")";
    private static final String UNIT = "(?:Apt\\.?|Apartment|Suite|Ste\\.?|Unit|Flat|Floor|Fl\\.|Room|Rm\\.?|#)[ \\t]*[\\w-]{1,6}";
    private static final String CITY = CAP + "(?:[ -](?:" + CAP + "|" + LINK + "|and|of|nad|am|an|der|upon|on|the))*";
    private static final String POSTCODE = "(?:\\d{5}(?:-\\d{4})?|\\d{4}[ \\t]?[A-Z]{2}|[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2}|\\d{4})";
    /** Parts with a postcode end at any word boundary; a city or country alone must end its line or clause. */
    private static final String CODED_PART = "(?:" + CITY + ",?" + SP + "[A-Z]{2}" + SP + "\\d{5}(?:-\\d{4})?" // US: City, ST 12345
            + "|(?:[A-Z]{1,2}-)?" + POSTCODE + SP + CITY                                             // EU: 75002 Paris, 1012 AB Amsterdam
            + "|" + CITY + ",?" + SP + POSTCODE + ")(?![\\p{L}\\p{N}])";                               // UK: London NW1 6XE
    private static final String PLAIN_PART = "(?:" + CITY + "|[A-Z]{2}|\\d{4,5})(?=[ \\t]*(?:[,.;!?)\\n]|$))";
    private static final String SEP = "(?:[ \\t]*,[ \\t]*\\n?[ \\t]*|[ \\t]*\\n[ \\t>?*]*(?:,[ \\t]*)?|" + SP + ")";
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}\\p{N}])" + STREET
            + "(?<rest>(?:" + SEP + UNIT + "|" + SEP + CODED_PART + "|" + SEP + PLAIN_PART + "){0,5})");
    private static final double STREET_ONLY = 0.7;
    private static final double WITH_PLACE = 0.85;

    @Override
    public String id() {
        return "postal_address";
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Finding> out = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            boolean bare = m.group("bare") != null;
            String rest = m.group("rest");
            if (bare && rest.isBlank()) {
                continue; // "Page 3 Section 4": a name between two numbers is an address only with more of one
            }
            int end = m.end();
            while (end > m.start() && (text.charAt(end - 1) == '.' && !abbreviationDot(text, end) || Character.isWhitespace(text.charAt(end - 1)))) {
                end--;
            }
            double score = rest.isBlank() ? STREET_ONLY : WITH_PLACE;
            Explanation e = Explanation.of(rest.isBlank() ? "street and house number" : "street with postcode or city", score);
            out.add(Findings.of(Category.PHYSICAL_ADDRESS, text, page, m.start(), end, id(), e, Map.of("address_type", "postal")));
        }
        return out;
    }

    /** "St." and "Str." keep their dot; a full stop after a number or a city ends the sentence. */
    private static boolean abbreviationDot(String text, int end) {
        int b = end - 1;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String word = text.substring(b, end - 1);
        return word.matches("St|Str|Rd|Ave|Dr|Blvd|Ct|Pl|Sq|Ln|u");
    }
}
