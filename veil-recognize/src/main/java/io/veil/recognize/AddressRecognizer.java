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
    /** Street suffixes of USPS Publication 28 (appendix C1) and the UK's, singular and plural, spelled out or abbreviated. */
    private static final String EN_TYPE = "(?:Streets?|St|Str|Roads?|Rd|Avenues?|Ave|Lanes?|Ln|Drives?|Dr|Boulevard|Blvd|Courts?|Ct"
            + "|Place|Pl|Ways?|Terrace|Close|Crescent|Squares?|Sq|Parkways?|Pkwy|Highway|Hwy|Circles?|Cir|Trails?|Row|Walks?"
            + "|Gardens?|Groves?|Mews|Alley|Plaza|Ridges?|Heights|Crossing|Hills?|Unions?|Points?|Forges?|Views?|Estates?"
            + "|Meadows?|Villages?|Harbou?rs?|Creek|Glens?|Hollow|Landing|Mills?|Orchard|Pass|Run|Spurs?|Summit|Valleys?|Vista"
            + "|Wells?|Expressway|Freeway|Turnpike|Junctions?|Manors?|Shores?|Springs?|Lakes?|Fields?|Coves?|Loop|Path"
            + "|Branch|Bridge|Brooks?|Burgs?|Bypass|Camp|Canyon|Cape|Causeway|Centers?|Cliffs?|Common|Corners?|Course|Crest"
            + "|Curve|Dale|Dam|Divide|Extensions?|Falls?|Ferry|Flats?|Fords?|Forest|Forks?|Freeway|Gateway|Greens?|Haven"
            + "|Inlet|Islands?|Isle|Keys?|Knolls?|Light|Locks?|Lodge|Mall|Motorway|Mountains?|Neck|Oval|Overpass|Parks?"
            + "|Passage|Pike|Pines?|Plains?|Ports?|Prairie|Ramp|Ranch|Rapids?|Rest|Rivers?|Route|Shoals?|Skyway|Stravenue"
            + "|Stream|Throughway|Trace|Track|Trafficway|Tunnel|Underpass|Viaduct|Ville|Wall)(?![\\p{L}\\p{M}])\\.?";
    /** Numbered streets: "350 5th Avenue", "2914 184th Street", "12 W 34th St". */
    private static final String ORDINAL = "(?:(?:N|S|E|W|North|South|East|West)" + "[ \\t]+)?\\d{1,3}(?:st|nd|rd|th)";
    private static final String DIRECTION = "(?:" + SP + "(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\b\\.?)?";
    private static final String PREFIX_TYPE = "(?:[Rr]ue|[Aa]venue|[Aa]v\\.|[Bb]oulevard|[Bb]d\\.?|[Cc]hemin|[Pp]lace|[Aa]llée"
            + "|[Ii]mpasse|[Qq]uai|[Rr]oute|[Cc]ours|[Cc]alle|C/|[Aa]venida|[Aa]vda\\.?|[Pp]laza|[Pp]aseo|[Cc]amino|[Cc]arrer"
            + "|[Rr]onda|[Vv]ia|[Vv]iale|[Pp]iazza|[Pp]iazzale|[Cc]orso|[Ll]argo|[Vv]icolo|[Rr]ua|[Tt]ravessa|[Pp]raça"
            + "|[Ee]strada|ul\\.|[Uu]lica|[Aa]l\\.|[Tt]rg|[Nn]ám\\.|[Nn]ámestie|Λεωφόρος|Λεωφ\\.|Οδός|Οδ\\.|Πλατεία)";
    private static final String LINK = "(?:de|la|le|les|du|des|del|de la|di|dei|della|delle|degli|dello|dalla|dalle|al|el|las|los"
            + "|da|do|dos|das|y|e|l'|d'|sur|van|von|der|den|ter|ten|aan|op|het)";
    private static final String NAME_AFTER_PREFIX = "(?:" + SP + "(?:" + LINK + SP + ")*" + CAP + "){1,5}";
    private static final String GLUED = "(?:(?:" + CAP + SP + "(?:" + LINK + SP + ")?)?\\p{Lu}[\\p{L}\\p{M}-]*(?:weg|laan|straat|gracht|kade|singel|dijk|dreef|baan|steeg)"
            + "|\\p{Lu}[\\p{L}\\p{M}-]*(?:-(?:Straße|Strasse|Platz|Weg|Allee|Gasse|Ring|Damm|Ufer|Chaussee|Markt)|straße|strasse|str\\.|weg|platz|allee|gasse|damm|ufer|steig"
            + "|pfad|chaussee|markt|gade|vej|vägen|väg|gatan|gata|veien|vei|vegen|veg|gaten|stien|sti|bakken|torget|torg|plassen"
            + "|gården|garden|stræti|gata|laan|straat|plein|gracht|kade|singel|dijk|steenweg|dreef|baan|steeg"
            + "|tie|katu|kuja|polku|gatve|iela))";
    private static final String SPLIT_TYPE = CAP + "(?:" + SP + "[\\p{L}\\p{M}-]+)?" + SP + "(?:Straße|Strasse|Str\\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Laan"
            + "|Straat|Plein|Gracht|Kade|Baan|Wei|Dreef|Singel|Dijk|[Tt]errasse|[Vv]ej|[Gg]ade|u\\.|utca|út|útja|tér|körút|krt\\."
            + "|rakpart|rkp\\.|köz|sor|fasor|sétány|ulica|[Ss]tr\\.)";
    private static final String STREET = "(?<street>"
            + "(?:P\\.?[ \\t]?O\\.?" + SP + "Box" + SP + "\\d{1,6}(?:" + SP + "(?:" + CAP + SP + "){1,3}" + EN_TYPE + ")?)"
            + "|(?:(?:PSC|Unit|CMR)" + SP + "\\d{1,5},?" + SP + "Box" + SP + "\\d{1,5}[ \\t]*[,\\n][ \\t]*[ADF]PO" + SP + "A[AEP]" + SP + "\\d{5})"
            + "|(?:(?:USNS|USNV|USS|USCGC)" + SP + CAP + "(?:" + SP + CAP + ")?[ \\t]*[,\\n][ \\t]*FPO" + SP + "A[AEP]" + SP + "\\d{5})"
            + "|(?:" + NUM + "(?:" + SP + "\\d{1,5})?" + "(?:" + SP + "(?:" + CAP + "|" + LINK + ")){0,4}" + SP + "(?:" + CAP + "|" + ORDINAL + ")" + SP + EN_TYPE + DIRECTION + ")"
            + "|(?:(?:" + NUM + ",?" + SP + "){0,2}" + PREFIX_TYPE + NAME_AFTER_PREFIX + "(?:,?" + SP + NUM + ")?)"
            // "85 Trg revolucije 12": between a house number and a street type, the name may be in lower case.
            + "|(?:" + NUM + SP + "(?!via\\b)" + PREFIX_TYPE + "(?:" + SP + "[\\p{L}\\p{M}'’.-]+){1,4},?" + SP + NUM + ")"
            + "|(?:(?:" + NUM + SP + "){0,2}(?:" + GLUED + "|" + SPLIT_TYPE + ")" + SP + NUM + "\\.?)"
            + "|(?<bare>" + NUM + SP + CAP + SP + "(?:(?:" + CAP + "|" + LINK + ")" + SP + "){0,3}" + NUM + ")"
            + ")";
    private static final String UNIT = "(?:Apt\\.?|Apartment|Suite|Ste\\.?|Unit|Flat|Floor|Fl\\.|Room|Rm\\.?|#)[ \\t]*[\\w-]{1,6}";
    private static final String CITY = CAP + "(?:[ -](?:" + CAP + "|" + LINK + "|and|of|nad|pod|u|v|na|bei|im|am|an|der|en|upon|on|the))*(?:" + SP + "\\([\\p{L} .-]{1,20}\\))?";
    private static final String POSTCODE = "(?:\\d{4,5}-\\d{3}|\\d{5}(?:-\\d{4})?|\\d{3}[ \\t]\\d{2}|\\d{4}[ \\t]?[A-Z]{2}|[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2}|\\d{4})";
    /** Parts with a postcode end at any word boundary; a city or country alone must end its line or clause. */
    private static final String CODED_PART = "(?:" + CITY + ",?" + SP + "[A-Z]{2}" + SP + "\\d{5}(?:-\\d{4})?" // US: City, ST 12345
            + "|(?:[A-Z]{1,2}-)?" + POSTCODE + SP + CITY                                             // EU: 75002 Paris, 1012 AB Amsterdam
            + "|" + CITY + ",?" + SP + POSTCODE + ")(?![\\p{L}\\p{N}])";                               // UK: London NW1 6XE
    /** A city, state or country alone ends its line or clause, or the sentence goes on with a small word. */
    private static final String PLAIN_PART = "(?:" + CITY + "|[A-Z]{2}|\\d{4,5})(?=[ \\t]*(?:[,.;!?)\\n]|$)|" + SP
            + "(?:for|last|after|before|on|at|in|to|and|or|by|with|from|today|tomorrow|yesterday|next|this|please|when|if|so|but)\\b)";
    private static final String SEP = "(?:[ \\t]*,[ \\t]*\\n?[ \\t]*|[ \\t]*\\n[ \\t>?*]*(?:,[ \\t]*)?|" + SP + ")";
    /** A blank line: only a part with a postcode may follow one ("Teruel⏎⏎ Australia 08198"). */
    private static final String BLANK = "[ \\t]*\\n[ \\t]*\\n[ \\t>?*]*";
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + UNIT + ",?" + SP + ")?" + STREET
            + "(?<rest>(?:" + SEP + UNIT + "|" + SEP + CODED_PART + "|" + BLANK + CODED_PART + "|" + SEP + PLAIN_PART + "){0,5})");
    /** Words that announce an address just before it ("his address: 56 San Andrés 70", "lives at", "corner of"). */
    private static final Pattern CUE_BEFORE = Pattern.compile("(?iu)(?:address|adresse|anschrift|adres|indirizzo|direcci[oó]n|domicilio"
            + "|lives at|live at|living at|located at|resides at|ship to|deliver to|moved to|stop at|arrived at|corner of"
            + "|intersection of|wohnhaft|wohnt in der|habite au|vive en)[ \\t]*(?:is|:|-)?[ \\t]*$");
    /** The second street of a crossing, which needs no house number: "the corner of 69 Spencer Street and Vokatý Street". */
    private static final Pattern CROSSING = Pattern.compile("(?i:corner|intersection|junction) of [^\\n]{3,80}? and (?<street>(?:"
            + CAP + SP + "){0,3}" + CAP + SP + EN_TYPE + ")");
    /** A postcode after its label: "My zip code is 35649", "PLZ: 10115". */
    private static final Pattern LABELLED_POSTCODE = Pattern.compile("(?iu:zip(?:[ \\t]?code)?|postcode|postal[ \\t]code|post[ \\t]code"
            + "|plz|postleitzahl|code[ \\t]postal|código[ \\t]postal|cep)[ \\t]*(?:is|:|#|-)?[ \\t]*(?<code>" + POSTCODE
            + ")(?![\\p{L}\\p{N}])");
    private static final double LABELLED_POSTCODE_SCORE = 0.6;
    private static final double STREET_ONLY = 0.7;
    private static final double WITH_PLACE = 0.85;

    @Override
    public String id() {
        return "postal_address";
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Finding> out = new ArrayList<>();
        java.util.TreeMap<Integer, Integer> taken = new java.util.TreeMap<>();
        streets(text, text, page, null, out, taken);
        String titled = titled(text);
        if (titled != null) {
            // Lines in lower case ("ship to 42 machelsesteenweg 197, montzen"): the same shapes, matched on a copy
            // with the words capitalised (offsets unchanged), keep what the cased text did not already give.
            streets(text, titled, page, "in lower-case text", out, taken);
            out.sort(java.util.Comparator.comparing(Finding::span));
        }
        Matcher c = CROSSING.matcher(text);
        while (c.find()) {
            int start = c.start("street"), end = c.end("street");
            end = text.charAt(end - 1) == '.' && !abbreviationDot(text, end) ? end - 1 : end;
            if (free(taken, start, end)) {
                taken.put(start, end);
                out.add(Findings.of(Category.PHYSICAL_ADDRESS, text, page, start, end, id(),
                        Explanation.of("second street of a crossing", STREET_ONLY), Map.of("address_type", "postal")));
            }
        }
        Matcher z = LABELLED_POSTCODE.matcher(text);
        while (z.find()) {
            int start = z.start("code"), end = z.end("code");
            if (free(taken, start, end)) {
                taken.put(start, end);
                out.add(Findings.of(Category.PHYSICAL_ADDRESS, text, page, start, end, id(),
                        Explanation.of("postcode after its label", LABELLED_POSTCODE_SCORE), Map.of("address_type", "postal")));
            }
        }
        return out;
    }

    /** Adds the address matches of {@code shaped} (the text or its {@link #titled} copy) not overlapping {@code taken}. */
    private void streets(String text, String shaped, int page, String note, List<Finding> out, java.util.TreeMap<Integer, Integer> taken) {
        Matcher m = ADDRESS.matcher(shaped);
        while (m.find()) {
            boolean bare = m.group("bare") != null;
            String rest = m.group("rest");
            if (bare && rest.isBlank() && !CUE_BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start()).find()
                    || note != null && (bare && rest.chars().noneMatch(Character::isDigit) || m.group().chars().noneMatch(Character::isDigit)
                    || text.startsWith("via ", m.start("street")))) {
                continue; // "Page 3 Section 4": a name between two numbers is an address only with more of one
            }
            int end = m.end();
            while (end > m.start() && (shaped.charAt(end - 1) == '.' && !abbreviationDot(shaped, end) || Character.isWhitespace(text.charAt(end - 1)))) {
                end--;
            }
            double score = rest.isBlank() ? STREET_ONLY : WITH_PLACE;
            Explanation e = Explanation.of(rest.isBlank() ? "street and house number" : "street with postcode or city", score);
            if (note != null) {
                e = e.adjusted(note, score);
            }
            if (free(taken, m.start(), end)) {
                taken.put(m.start(), end);
                out.add(Findings.of(Category.PHYSICAL_ADDRESS, text, page, m.start(), end, id(), e, Map.of("address_type", "postal")));
            }
        }
    }

    /**
     * A copy of {@code text} in which, on every line without a capital, each word is capitalised except the link
     * and function words that stay small in addresses ("rue de la paix", "upon"); null when no such line holds a
     * digit (no house number, no address). Each char maps to one char, so offsets are the text's.
     */
    static String titled(String text) {
        char[] c = null;
        boolean anyDigit = false;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            boolean upper = false, digit = false;
            for (int i = lineStart; i < lineEnd && !upper; i++) {
                upper = Character.isUpperCase(text.charAt(i));
                digit |= Character.isDigit(text.charAt(i));
            }
            anyDigit |= !upper && digit;
            if (!upper) {
                c = c == null ? text.toCharArray() : c;
                for (int i = lineStart; i < lineEnd; i++) {
                    if (!Character.isLetter(c[i]) || i > 0 && Character.isLetter(c[i - 1])) {
                        continue;
                    }
                    int e = i;
                    while (e < lineEnd && (Character.isLetter(c[e]) || c[e] == '\'')) {
                        e++;
                    }
                    String word = text.substring(i, e);
                    boolean initial = word.length() == 1 && e < lineEnd && c[e] == '.';
                    if (initial || !STAY_SMALL.contains(word)) {
                        c[i] = Character.toTitleCase(c[i]);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return c == null || !anyDigit ? null : new String(c);
    }

    private static final java.util.Set<String> STAY_SMALL = java.util.Set.of("de", "la", "le", "les", "du", "des", "del", "di",
            "dei", "della", "delle", "degli", "dello", "dalla", "dalle", "al", "el", "las", "los", "da", "do", "dos", "das", "y",
            "e", "sur", "van", "von", "der", "den", "ter", "ten", "aan", "op", "het", "and", "of", "on", "upon", "the", "a",
            "an", "in", "at", "to", "or", "my", "your", "his", "her", "our", "their", "its", "is", "are", "was", "were", "be",
            "for", "with", "from", "by", "this", "that", "it", "we", "you", "they", "i", "me", "he", "she", "more", "one",
            "two", "all", "some", "any", "no", "not", "have", "has", "had", "per", "via", "each", "every", "about", "over",
            "under", "into", "than", "then", "so", "but", "if", "up", "out", "off", "only", "just", "also", "very", "new",
            "old", "last", "next", "first", "same", "other", "like", "most", "many", "much", "few", "get", "got", "take", "took",
            "give", "gave", "make", "made", "go", "went", "come", "came", "see", "saw", "say", "said", "pay", "paid", "buy",
            "bought", "sell", "sold", "call", "called", "times", "time", "days", "day", "years", "year", "hours", "minutes",
            "people", "items", "pages", "page", "chapter", "section", "step", "level", "version", "room", "floor");


    /** True when no span of {@code taken} (start to end, disjoint) overlaps start–end. */
    private static boolean free(java.util.TreeMap<Integer, Integer> taken, int start, int end) {
        var before = taken.floorEntry(start);
        var after = taken.ceilingEntry(start);
        return (before == null || before.getValue() <= start) && (after == null || after.getKey() >= end);
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
