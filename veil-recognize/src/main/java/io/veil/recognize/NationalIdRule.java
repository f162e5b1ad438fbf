package io.veil.recognize;

import io.veil.model.Verdict;
import io.veil.recognize.checksum.LetterIdChecks;
import io.veil.recognize.checksum.MoreNationalIdChecks;
import io.veil.recognize.checksum.NationalIdChecks;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One row of the national id table: the {@code national_id_type} it reports, the shape it is found by, its
 * check-digit function, how telling a valid value is on its own, and the words (in the country's language and in
 * English) that name it. {@link #DEFAULTS} is the table {@link NationalIdRecognizer} uses.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * NationalIdRule bsn = NationalIdRule.DEFAULTS.stream().filter(r -> r.type().equals("nl_bsn")).findFirst().get();
 * bsn.verify("111222333");   // VALID
 * }</pre>
 *
 * @param type      the {@code national_id_type} attribute
 * @param pattern   candidates, boundaries included
 * @param keepSigns true when separators are part of the value (the Finnish century sign), else they are dropped
 * @param check     the check-digit function on the normalised value
 * @param strength  how far a valid value counts without a context word
 * @param cues      context phrases that name this number
 */
public record NationalIdRule(String type, Pattern pattern, boolean keepSigns, Function<String, Verdict> check,
                             Strength strength, List<String> cues) {

    /** How far a checksum-valid value stands on its own. */
    public enum Strength {
        /** Letters and check character together (HETU, DNI, codice fiscale): reported without context. */
        DISTINCT,
        /** Digits with one check digit: needs a context word, or a line that holds nothing but the value. */
        CHECKED,
        /** No check digit that decides (DK CPR since 2007): only with a context word. */
        CONTEXT_ONLY
    }

    public NationalIdRule {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(strength, "strength");
        cues = List.copyOf(cues);
        if (cues.isEmpty()) {
            throw new IllegalArgumentException("a national id rule needs its context words");
        }
    }

    private static final String L = "(?<![\\p{L}\\p{N}.,/+-])";
    /** Values glued to a preceding word ("code is030594W903B") still count when the value starts with digits. */
    private static final String LD = "(?<![\\p{N}.,/+-])";
    private static final String R = "(?![\\p{L}\\p{N}])(?![-.,/]\\d)";

    /** The built-in table, strongest formats first. */
    public static final List<NationalIdRule> DEFAULTS = List.of(
            rule("fi_hetu", LD + "\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]" + R, true, LetterIdChecks::fiHetu, Strength.DISTINCT,
                    "henkilötunnus", "henkilotunnus", "hetu", "personbeteckning", "personal identity code", "finnish id"),
            rule("es_dni", L + "(?i:[XYZ]\\d{7}|\\d{7,8})-?[A-Za-z]" + R, false, LetterIdChecks::esDniNie, Strength.DISTINCT,
                    "dni", "nie", "nif", "documento nacional de identidad", "número de identificación de extranjero",
                    "numero de identificacion de extranjero", "número de identidad"),
            rule("it_codice_fiscale", L + "(?i:[A-Z]{6}[0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z])" + R,
                    false, LetterIdChecks::itCodiceFiscale, Strength.DISTINCT,
                    "codice fiscale", "cod fisc", "cf", "c f", "fiscal code", "tessera sanitaria"),
            rule("ie_ppsn", L + "\\d{7}[A-Wa-w][ABHWabhw]?" + R, false, LetterIdChecks::iePpsn, Strength.CHECKED,
                    "pps", "ppsn", "pps no", "pps number", "personal public service"),
            rule("uk_nino", L + "(?i:[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D])" + R, false, LetterIdChecks::ukNino,
                    Strength.CHECKED, "national insurance", "nino", "ni number", "ni no", "nat ins", "insurance number"),
            rule("fr_nir", L + "[1278] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[ABab]) ?\\d{3} ?\\d{3} ?\\d{2}" + R, false,
                    NationalIdChecks::frNir, Strength.CHECKED, "nir", "numéro de sécurité sociale",
                    "numero de securite sociale", "sécurité sociale", "securite sociale", "insee", "carte vitale",
                    "social security number"),
            rule("de_steuer_id", L + "\\d{2} ?\\d{3} ?\\d{3} ?\\d{3}" + R, false, NationalIdChecks::deSteuerId,
                    Strength.CHECKED, "steuer id", "steuerid", "steueridentifikationsnummer",
                    "steuer identifikationsnummer", "identifikationsnummer", "idnr", "id nr", "tax id", "tin"),
            rule("pl_pesel", L + "\\d{11}" + R, false, NationalIdChecks::plPesel, Strength.CHECKED, "pesel"),
            rule("be_national_number", L + "\\d{2}\\.?\\d{2}\\.?\\d{2}[- ]?\\d{3}\\.?\\d{2}" + R, false,
                    NationalIdChecks::beNationalNumber, Strength.CHECKED, "rijksregisternummer", "rijksregister",
                    "numéro national", "numero national", "registre national", "national number", "insz", "niss"),
            rule("se_personnummer", LD + "(?:18|19|20)?\\d{6}[-+]?\\d{4}" + R, false, NationalIdChecks::sePersonnummer,
                    Strength.CHECKED, "personnummer", "pnr", "personnr", "samordningsnummer",
                    "personal identity number", "personal identity code", "swedish id"),
            rule("at_svnr", L + "\\d{4} ?\\d{6}" + R, false, NationalIdChecks::atSvnr, Strength.CHECKED, "svnr",
                    "sv nr", "sozialversicherungsnummer", "versicherungsnummer", "sv nummer", "e card"),
            rule("uk_nhs", L + "\\d{3}[- ]?\\d{3}[- ]?\\d{4}" + R, false, NationalIdChecks::ukNhs, Strength.CHECKED,
                    "nhs", "nhs number", "nhs no", "health and care number"),
            rule("nl_bsn", L + "(?:\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3} \\d{3} \\d{3})" + R, false,
                    NationalIdChecks::nlBsn, Strength.CHECKED, "bsn", "burgerservicenummer", "sofinummer",
                    "sofi nummer", "citizen service number"),
            rule("pt_nif", L + "(?:\\d{9}|\\d{3} \\d{3} \\d{3})" + R, false, NationalIdChecks::ptNif, Strength.CHECKED,
                    "nif", "contribuinte", "número de contribuinte", "numero de contribuinte", "número fiscal"),
            rule("us_itin", L + "9\\d{2}[- ]?\\d{2}[- ]?\\d{4}" + R, false, NationalIdChecks::usItin, Strength.CHECKED,
                    "itin", "taxpayer identification", "individual taxpayer", "tax id"),
            rule("dk_cpr", L + "\\d{6}-?\\d{4}" + R, false, NationalIdChecks::dkCpr, Strength.CONTEXT_ONLY, "cpr",
                    "cpr nr", "cpr nummer", "personnummer", "cpr number"),
            rule("uk_driving_licence", L + "[A-Z9]{5}\\d[0156]\\d[0-3]\\d\\d[A-Z9]{2}\\d[A-Z]{2}(?: ?\\d{2})?" + R, false,
                    MoreNationalIdChecks::ukDrivingLicence, Strength.DISTINCT, "driving licence", "driving license",
                    "licence number", "licence no", "dvla"),
            rule("ro_cnp", L + "[1-9]\\d{12}" + R, false, MoreNationalIdChecks::roCnp, Strength.CHECKED, "cnp",
                    "cod numeric personal", "personal numeric code"),
            rule("si_emso", L + "\\d{13}" + R, false, MoreNationalIdChecks::siEmso, Strength.CHECKED, "emšo", "emso",
                    "enotna matična številka", "jmbg"),
            rule("bg_egn", L + "\\d{10}" + R, false, MoreNationalIdChecks::bgEgn, Strength.CHECKED, "егн", "egn",
                    "единен граждански номер", "unified civil number"),
            rule("cz_sk_birth_number", L + "\\d{6}/?\\d{3,4}" + R, false, MoreNationalIdChecks::czSkBirthNumber,
                    Strength.CHECKED, "rodné číslo", "rodne cislo", "rč", "r č", "birth number"),
            rule("ee_isikukood", L + "[1-6]\\d{10}" + R, false, MoreNationalIdChecks::eeIsikukood, Strength.CHECKED,
                    "isikukood", "isikukoodi", "estonian personal code"),
            rule("lt_asmens_kodas", L + "[1-6]\\d{10}" + R, false, MoreNationalIdChecks::eeIsikukood, Strength.CHECKED,
                    "asmens kodas", "a k", "lithuanian personal code"),
            rule("lv_personas_kods", L + "\\d{6}-?\\d{5}" + R, false, MoreNationalIdChecks::lvPersonasKods,
                    Strength.CHECKED, "personas kods", "p k", "latvian personal code"),
            rule("hr_oib", L + "\\d{11}" + R, false, MoreNationalIdChecks::hrOib, Strength.CHECKED, "oib",
                    "osobni identifikacijski broj"),
            rule("gr_amka", L + "\\d{11}" + R, false, MoreNationalIdChecks::grAmka, Strength.CHECKED, "amka", "αμκα"),
            rule("de_id_card", L + "[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\\d?" + R, false,
                    MoreNationalIdChecks::deIdCard, Strength.CONTEXT_ONLY, "ausweisnummer", "personalausweis",
                    "personalausweisnummer", "ausweis nr", "dokumentennummer", "passnummer", "reisepass",
                    "id card number", "document number"));

    private static NationalIdRule rule(String type, String regex, boolean keepSigns, Function<String, Verdict> check,
                                       Strength strength, String... cues) {
        return new NationalIdRule(type, Pattern.compile(regex), keepSigns, check, strength, List.of(cues));
    }

    /** The value as its check function reads it: upper case, separators dropped unless they are part of it. */
    public String normalise(String raw) {
        String upper = raw.toUpperCase(Locale.ROOT);
        return keepSigns ? upper : upper.replaceAll("[^0-9A-Z]", "");
    }

    /** The check function's verdict on a raw candidate. */
    public Verdict verify(String raw) {
        return check.apply(normalise(raw));
    }
}
