package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.model.Verdict;
import io.veil.spi.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth ({@link Category#DATE_OF_BIRTH}): a calendar date (numeric d/m/y, m/d/y, y-m-d, or with a month
 * name in English, German, French, Spanish, Italian or Dutch) next to a birth word in one of those languages
 * ("DOB", "born", "Geburtsdatum", "né le", "fecha de nacimiento", "nato il", "geboortedatum" …). A date with no
 * birth word is not a date of birth and is not reported.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * new DateOfBirthRecognizer().find("Geburtsdatum: 12.03.1985", 1);   // one finding
 * new DateOfBirthRecognizer().find("Invoice date 12.03.1985", 1);    // none
 * }</pre>
 */
public final class DateOfBirthRecognizer implements Recognizer {
    private static final String MONTHS = String.join("|",
            // en
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            // de
            "januar", "jänner", "februar", "märz", "maerz", "mai", "juni", "juli", "oktober", "dezember", "okt", "dez",
            // fr
            "janvier", "février", "fevrier", "mars", "avril", "juin", "juillet", "août", "aout", "septembre",
            "octobre", "novembre", "décembre", "decembre", "janv", "févr", "fevr", "avr", "juil", "déc",
            // es
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
            "octubre", "noviembre", "diciembre", "ene", "dic",
            // it
            "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
            "gen", "mag", "giu", "lug", "ago", "set", "ott",
            // nl
            "januari", "februari", "maart", "mei", "augustus", "juni", "okt");
    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";
    private static final String MONTH_NO = "(?:0?[1-9]|1[0-2])";
    private static final String YEAR = "(?:1[89]\\d\\d|20\\d\\d)";
    private static final String L = "(?<![\\p{L}\\p{N}])";
    private static final String R = "(?![\\p{L}\\p{N}])";
    private static final List<Pattern> DATES = List.of(
            Pattern.compile(L + "(?:" + DAY + "|" + MONTH_NO + ")([./-])(?:" + DAY + "|" + MONTH_NO + ")\\1(?:" + YEAR + "|\\d\\d)" + R),
            Pattern.compile(L + YEAR + "([./-])" + MONTH_NO + "\\1" + DAY + R),
            Pattern.compile(L + DAY + "(?:st|nd|rd|th|er|e|º|\\.)?\\s*(?:de\\s+)?(?:" + MONTHS + ")\\.?,?\\s*(?:de\\s+|del\\s+)?" + YEAR + R,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile(L + "(?:" + MONTHS + ")\\.?\\s+" + DAY + "(?:st|nd|rd|th)?,?\\s+" + YEAR + R,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    private static final double BASE = 0.3;
    private static final ContextScorer CONTEXT = ContextScorer.builder()
            .raise(0.5, "born", "born on", "dob", "d o b", "date of birth", "birth date", "birthdate", "birthday",
                    "birth", "geboren", "geboren am", "geb", "geburtsdatum", "geburtstag", "né", "née", "né le",
                    "née le", "date de naissance", "naissance", "nacido", "nacida", "nacido el", "fecha de nacimiento",
                    "nacimiento", "f nac", "nato", "nata", "nato il", "nata il", "data di nascita", "nascita",
                    "geboortedatum", "geboren op", "geb datum")
            .build();

    @Override
    public String id() {
        return "date_of_birth";
    }

    @Override
    public List<Finding> find(String text, int page) {
        // Kept dates by start: the first pattern to match a stretch wins it, looked up without a scan of all.
        java.util.TreeMap<Integer, TextSpan> dates = new java.util.TreeMap<>();
        for (Pattern p : DATES) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                TextSpan s = new TextSpan(m.start(), m.end());
                var before = dates.floorEntry(s.start());
                var after = dates.ceilingEntry(s.start());
                if ((before == null || !before.getValue().overlaps(s)) && (after == null || !after.getValue().overlaps(s))) {
                    dates.put(s.start(), s);
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (TextSpan s : dates.values()) {
            if (CONTEXT.strongestRaise(text, s).isEmpty()) {
                continue;
            }
            Explanation e = Explanation.of("date", BASE).validated(Verdict.NO_OPINION, "calendar date", BASE);
            e = CONTEXT.apply(text, s, e);
            out.add(Findings.of(Category.DATE_OF_BIRTH, text, page, s.start(), s.end(), id(), e, Map.of()));
        }
        return out;
    }
}
