package io.veil.recognize;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.model.Verdict;
import io.veil.spi.Recognizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Phone numbers ({@link Category#PHONE_NUMBER}) of any country, found by libphonenumber's {@code findNumbers} at
 * {@link Leniency#VALID} (the number must exist in its country's numbering plan; {@code POSSIBLE} floods with
 * years and ID groups). Numbers written with {@code +} are found whatever the region; national formats are
 * tried in each candidate region, plus any country named near the number ("my Japanese number", "BR:"). A
 * number that fits no plan is still reported when a phone word stands next to it ("Phone: 467 3395"), at a lower
 * score and without the plan's verdict. Short national numbers (under 8 digits) and amount-like shapes ("1696.50",
 * "35.500.000") need a phone word too. Overlapping matches from different regions are deduplicated by span, the longest kept.
 *
 * <p>Immutable and thread-safe (libphonenumber's {@link PhoneNumberUtil} is thread-safe).
 * <pre>{@code
 * Recognizer phones = new PhoneRecognizer(PhoneRecognizer.DEFAULT_REGIONS);
 * phones.find("Call +44 20 7946 0958 today", 1);   // one finding
 * }</pre>
 */
public final class PhoneRecognizer implements Recognizer {
    /** Candidate regions for numbers written without a country code. */
    public static final List<String> DEFAULT_REGIONS = List.of("US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "AT",
            "CH", "IE", "PT", "PL", "SE", "DK", "FI");
    private static final double BASE = 0.5;
    private static final double VALID_NUMBER = 0.65;
    private static final double POSSIBLE_ONLY = 0.35;
    private static final double STRONG_CUE = 0.25;
    private static final double WEAK_SHAPE = 0.2;
    private static final int MIN_NATIONAL_DIGITS = 8;
    /**
     * Runs of fewer digits are not looked at: the numbering plans tried have no valid number that short, and a
     * number without a plan needs a phone word and 5 digits ("Phone: 467 3395").
     */
    static final int MIN_RUN_DIGITS = 5;
    private static final int WINDOW_MARGIN = 16;
    /** How far from a number a country named in the text ("my Japanese number", "BR:") counts for it. */
    private static final int HINT_REACH = 80;
    private static final java.util.regex.Pattern DIGIT_RUN = java.util.regex.Pattern.compile("\\d[\\d \\t\\u00A0().\\-/–]*");
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile(
            "\\d{1,3}(?:\\.\\d{3})+|.*\\d[.,]\\d{1,2}|.*\\d\\.\\d{1,3}(?:\\s.*)?");
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "(?:19|20)\\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\\d|3[01])|(?:0?[1-9]|[12]\\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:19|20)?\\d{2}");
    private static final ContextScorer CONTEXT = ContextScorer.builder()
            .raise(STRONG_CUE, "phone", "telephone", "tel", "mobile", "cell", "call", "fax", "contact", "whatsapp",
                    "office", "desk", "landline", "reach", "reach me", "phone number", "answering", "sms", "text me",
                    "telefon", "handy", "mobil", "téléphone", "portable", "tél", "teléfono", "móvil", "telefono",
                    "cellulare", "telefoon", "mobiel", "tlf", "puhelin", "telefone", "telemóvel")
            .raise(0.1, "number", "nummer", "numéro", "número", "numero")
            .lowerReferenceWords(0.35)
            // House numbers, postcodes and identity numbers also pass as numbers of some numbering plan.
            .lower(0.35, "suite", "apt", "apartment", "unit", "box", "po box", "zip", "zip code", "postcode",
                    "postal code", "plz", "cp", "cap", "license", "licence", "passport", "id", "ssn", "account", "iban",
                    "street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "way", "str", "strasse", "straße",
                    "rue", "calle", "via", "straat", "weg", "boulevard", "blvd", "court", "place", "square")
            .build();
    /** Country words in English that point at a region ("my Israeli number"). */
    private static final Map<String, String> COUNTRY_WORDS = Map.ofEntries(
            Map.entry("israel", "IL"), Map.entry("israeli", "IL"), Map.entry("japan", "JP"), Map.entry("japanese", "JP"),
            Map.entry("china", "CN"), Map.entry("chinese", "CN"), Map.entry("india", "IN"), Map.entry("indian", "IN"),
            Map.entry("brazil", "BR"), Map.entry("brazilian", "BR"), Map.entry("canada", "CA"), Map.entry("canadian", "CA"),
            Map.entry("australia", "AU"), Map.entry("australian", "AU"), Map.entry("mexico", "MX"), Map.entry("mexican", "MX"),
            Map.entry("russia", "RU"), Map.entry("russian", "RU"), Map.entry("turkey", "TR"), Map.entry("turkish", "TR"),
            Map.entry("korea", "KR"), Map.entry("korean", "KR"), Map.entry("singapore", "SG"), Map.entry("greek", "GR"),
            Map.entry("greece", "GR"), Map.entry("norway", "NO"), Map.entry("norwegian", "NO"), Map.entry("czech", "CZ"),
            Map.entry("hungary", "HU"), Map.entry("hungarian", "HU"), Map.entry("romania", "RO"), Map.entry("romanian", "RO"),
            Map.entry("philippines", "PH"), Map.entry("philippine", "PH"), Map.entry("filipino", "PH"),
            Map.entry("argentina", "AR"), Map.entry("argentinian", "AR"), Map.entry("african", "ZA"), Map.entry("nigeria", "NG"),
            Map.entry("nigerian", "NG"), Map.entry("uk", "GB"), Map.entry("british", "GB"), Map.entry("american", "US"));

    private final List<String> regions;

    public PhoneRecognizer(List<String> regions) {
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("at least one candidate region is needed");
        }
        Set<String> supported = PhoneNumberUtil.getInstance().getSupportedRegions();
        for (String r : regions) {
            if (!supported.contains(r)) {
                throw new IllegalArgumentException("unknown phone region: " + r);
            }
        }
        this.regions = List.copyOf(regions);
    }

    @Override
    public String id() {
        return "phone";
    }

    @Override
    public List<Finding> find(String text, int page) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        List<TextSpan> windows = windows(text);
        List<TextSpan> valid = new ArrayList<>();
        for (TextSpan w : windows) {
            Set<String> tried = new LinkedHashSet<>(regions);
            int from = Math.max(0, w.start() - HINT_REACH), to = Math.min(text.length(), w.end() + HINT_REACH);
            tried.addAll(hintedRegions(text.substring(from, to), util.getSupportedRegions()));
            for (String region : tried) {
                valid.addAll(matches(util, text, List.of(w), region, Leniency.VALID));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (TextSpan s : longestFirst(valid)) {
            Explanation e = Explanation.of("phone", BASE).validated(Verdict.VALID, "numbering plan", VALID_NUMBER);
            String raw = s.of(text);
            if (DATE.matcher(raw).matches()) {
                continue; // "2026-12-07", "07.12.2026": dates fit some numbering plans too
            }
            if (AMOUNT.matcher(raw).matches()) {
                // Prices and counts in tables ("1696.50", "35.500.000") fit some short numbering plans.
                e = e.adjusted("looks like an amount", e.score() - WEAK_SHAPE);
            } else if (!raw.startsWith("+") && Findings.digitsOf(raw).length() < MIN_NATIONAL_DIGITS) {
                e = e.adjusted("short number without country code", e.score() - WEAK_SHAPE);
            }
            out.add(finding(text, page, s, CONTEXT.apply(text, s, e)));
        }
        // A number outside every plan (a made-up or foreign local number) still counts next to a phone word.
        List<TextSpan> possible = new ArrayList<>();
        for (TextSpan s : matches(util, text, windows, regions.get(0), Leniency.POSSIBLE)) {
            boolean cue = CONTEXT.strongestRaise(text, s).filter(c -> c.delta() >= STRONG_CUE).isPresent();
            if (cue && valid.stream().noneMatch(v -> v.overlaps(s))) {
                possible.add(s);
            }
        }
        for (TextSpan s : longestFirst(possible)) {
            Explanation e = Explanation.of("phone", BASE).validated(Verdict.NO_OPINION, "numbering plan", POSSIBLE_ONLY);
            out.add(finding(text, page, s, CONTEXT.apply(text, s, e)));
        }
        return out;
    }

    /**
     * The stretches of the text where a number can be: each run of at least {@link #MIN_RUN_DIGITS} digits with
     * its separators, widened by {@link #WINDOW_MARGIN} chars to whitespace on both sides (for "+", "(", "ext. 12"
     * and the characters libphonenumber checks around a match), merged where they touch. libphonenumber then runs
     * on these alone, once per region, instead of over the whole page once per region.
     */
    static List<TextSpan> windows(String text) {
        List<TextSpan> out = new ArrayList<>();
        java.util.regex.Matcher m = DIGIT_RUN.matcher(text);
        while (m.find()) {
            String run = m.group().strip();
            java.util.regex.Matcher date = DATE.matcher(run);
            if (date.lookingAt()) {
                run = run.substring(date.end()); // "2026-12-07 10" in every line of a log: the date is no number
            }
            if (Findings.digitsOf(run).length() < MIN_RUN_DIGITS) {
                continue; // too short for any plan
            }
            int from = Math.max(0, m.start() - WINDOW_MARGIN), to = Math.min(text.length(), m.end() + WINDOW_MARGIN);
            while (from > 0 && from > m.start() - 2 * WINDOW_MARGIN && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            while (to < text.length() && to < m.end() + 2 * WINDOW_MARGIN && !Character.isWhitespace(text.charAt(to))) {
                to++;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).end() >= from) {
                from = out.remove(out.size() - 1).start();
            }
            out.add(new TextSpan(from, to));
        }
        return out;
    }

    private static List<TextSpan> matches(PhoneNumberUtil util, String text, List<TextSpan> windows, String region, Leniency leniency) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan w : windows) {
            for (PhoneNumberMatch m : util.findNumbers(w.of(text), region, leniency, Long.MAX_VALUE)) {
                out.add(new TextSpan(w.start() + m.start(), w.start() + m.end()));
            }
        }
        return out;
    }

    private Finding finding(String text, int page, TextSpan s, Explanation e) {
        return Findings.of(Category.PHONE_NUMBER, text, page, s.start(), s.end(), id(), e, Map.of());
    }

    /** Overlapping matches of different regions: the longest wins. */
    private static List<TextSpan> longestFirst(List<TextSpan> spans) {
        List<TextSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(TextSpan::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<TextSpan> kept = new ArrayList<>();
        for (TextSpan s : sorted) {
            if (kept.stream().noneMatch(k -> k.overlaps(s))) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.naturalOrder());
        return kept;
    }

    /** Regions named in the text by an upper-case ISO code ("BR:") or an English country word. */
    private static Set<String> hintedRegions(String text, Set<String> supported) {
        Set<String> hints = new LinkedHashSet<>();
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() == 2 && w.equals(w.toUpperCase(Locale.ROOT)) && supported.contains(w)) {
                hints.add(w);
            }
            String r = COUNTRY_WORDS.get(w.toLowerCase(Locale.ROOT));
            if (r != null) {
                hints.add(r);
            }
        }
        return hints;
    }
}
