package io.veil.recognize.checksum;

import io.veil.model.Verdict;
import java.util.Map;

/**
 * The IBAN check (ISO 13616): the per-country length and the ISO 7064 mod-97-10 checksum. A pure function;
 * the per-country BBAN layout (which positions are letters) is checked by the recognizer, not here.
 *
 * <p>Thread-safe (stateless).
 * <pre>{@code
 * IbanMod97.verify("GB82WEST12345698765432");   // VALID
 * IbanMod97.verify("GB82WEST12345698765433");   // INVALID (checksum)
 * IbanMod97.verify("GB82 WEST");                // NO_OPINION: not a compact IBAN shape
 * }</pre>
 */
public final class IbanMod97 {
    /** IBAN length per country (SWIFT IBAN registry, plus the few experimental ones seen in practice). */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BI", 27),
            Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28),
            Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DJ", 27), Map.entry("DK", 18), Map.entry("DO", 28),
            Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FK", 18),
            Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GI", 23),
            Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HN", 28), Map.entry("HR", 21),
            Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28),
            Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21),
            Map.entry("LY", 25), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("MN", 20), Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NI", 28),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("OM", 23), Map.entry("PK", 24), Map.entry("PL", 28),
            Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29), Map.entry("RO", 24), Map.entry("RS", 22),
            Map.entry("RU", 33), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SD", 18), Map.entry("SE", 24),
            Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("SO", 23), Map.entry("ST", 25),
            Map.entry("SV", 28), Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29),
            Map.entry("VA", 22), Map.entry("VG", 24), Map.entry("XK", 20), Map.entry("YE", 30));

    private IbanMod97() {
    }

    /** The registered length for a country code, or 0 when the country issues no IBANs. */
    public static int lengthOf(String country) {
        return LENGTHS.getOrDefault(country, 0);
    }

    /**
     * {@code VALID} when {@code iban} (compact, upper case) has its country's length and a mod-97 remainder of 1;
     * {@code INVALID} when it has the IBAN shape but fails either; {@code NO_OPINION} when it is not IBAN-shaped.
     */
    public static Verdict verify(String iban) {
        if (iban.length() < 5 || !iban.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))
                || !Character.isLetter(iban.charAt(0)) || !Character.isLetter(iban.charAt(1))
                || !Character.isDigit(iban.charAt(2)) || !Character.isDigit(iban.charAt(3))) {
            return Verdict.NO_OPINION;
        }
        if (lengthOf(iban.substring(0, 2)) != iban.length()) {
            return Verdict.INVALID;
        }
        return remainder(iban.substring(4) + iban.substring(0, 4)) == 1 ? Verdict.VALID : Verdict.INVALID;
    }

    private static int remainder(String rearranged) {
        int r = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int v = Character.digit(rearranged.charAt(i), 36);
            r = v < 10 ? (r * 10 + v) % 97 : (r * 100 + v) % 97;
        }
        return r;
    }
}
