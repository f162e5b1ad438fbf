package io.veil.recognize.checksum;

import io.veil.model.Verdict;

/**
 * Check rules of the personal numbers of central, eastern and southern EU states and of the German identity
 * card, in the style of {@link NationalIdChecks}: digits without separators in, {@code VALID} (shape, date
 * and check digit right), {@code INVALID} or {@code NO_OPINION} (not this shape) out. Thread-safe (stateless).
 *
 * <pre>{@code
 * MoreNationalIdChecks.roCnp("1800101221144");   // VALID
 * MoreNationalIdChecks.eeIsikukood("37605030299"); // VALID
 * }</pre>
 */
public final class MoreNationalIdChecks {
    private MoreNationalIdChecks() {
    }

    /** BG EGN: YYMMDD (month +20 for the 1800s, +40 for the 2000s), 3 digits, weights 2,4,8,5,10,9,7,3,6 mod 11. */
    public static Verdict bgEgn(String d) {
        if (!NationalIdChecks.digits(d, 10)) {
            return Verdict.NO_OPINION;
        }
        int yy = num(d, 0, 2), mm = num(d, 2, 4), year = mm > 40 ? 2000 + yy : mm > 20 ? 1800 + yy : 1900 + yy;
        if (!NationalIdChecks.date(year, mm % 20, num(d, 4, 6))) {
            return Verdict.INVALID;
        }
        int c = weighted(d, 2, 4, 8, 5, 10, 9, 7, 3, 6) % 11;
        return verdict((c == 10 ? 0 : c) == d.charAt(9) - '0');
    }

    /** CZ/SK rodné číslo: YYMMDD (month +50 women, +20/+70 from 2004) and 4 digits divisible by 11 (3 digits before 1954). */
    public static Verdict czSkBirthNumber(String d) {
        if (!NationalIdChecks.digits(d, 10) && !NationalIdChecks.digits(d, 9)) {
            return Verdict.NO_OPINION;
        }
        int yy = num(d, 0, 2), mm = num(d, 2, 4) % 50, year = d.length() == 9 || yy >= 54 ? 1900 + yy : 2000 + yy;
        if (d.length() == 9 && yy >= 54) {
            return Verdict.INVALID;
        }
        if (!NationalIdChecks.date(year, mm > 20 ? mm - 20 : mm, num(d, 4, 6))) {
            return Verdict.INVALID;
        }
        if (d.length() == 9) {
            return Verdict.VALID;
        }
        long first = Long.parseLong(d.substring(0, 9));
        return verdict(Long.parseLong(d) % 11 == 0 || first % 11 == 10 && d.charAt(9) == '0');
    }

    /** EE isikukood and LT asmens kodas: GYYMMDDSSSC, G 1-6 century and sex, two-pass mod 11. */
    public static Verdict eeIsikukood(String d) {
        if (!NationalIdChecks.digits(d, 11)) {
            return Verdict.NO_OPINION;
        }
        int g = d.charAt(0) - '0';
        if (g < 1 || g > 6 || !NationalIdChecks.date(1800 + 100 * ((g - 1) / 2) + num(d, 1, 3), num(d, 3, 5), num(d, 5, 7))) {
            return Verdict.INVALID;
        }
        int c = weighted(d, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1) % 11;
        if (c == 10) {
            c = weighted(d, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3) % 11 % 10;
        }
        return verdict(c == d.charAt(10) - '0');
    }

    /** LV personas kods (form before 2017): DDMMYY, century digit 0-2, 3 digits, (1101 - weighted) mod 11. */
    public static Verdict lvPersonasKods(String d) {
        if (!NationalIdChecks.digits(d, 11) || d.startsWith("32")) {
            return Verdict.NO_OPINION;
        }
        int century = d.charAt(6) - '0';
        if (century > 2 || !NationalIdChecks.date(1800 + 100 * century + num(d, 4, 6), num(d, 2, 4), num(d, 0, 2))) {
            return Verdict.INVALID;
        }
        int c = Math.floorMod(1101 - weighted(d, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2), 11);
        return verdict(c < 10 && c == d.charAt(10) - '0');
    }

    /** RO CNP: SYYMMDDJJNNNC, S gives century, JJ a county 01-52, weights 279146358279 mod 11 (10 becomes 1). */
    public static Verdict roCnp(String d) {
        if (!NationalIdChecks.digits(d, 13)) {
            return Verdict.NO_OPINION;
        }
        int s = d.charAt(0) - '0';
        int[] centuries = {0, 1900, 1900, 1800, 1800, 2000, 2000, 1900, 1900, 1900};
        int county = num(d, 7, 9);
        if (s == 0 || county < 1 || county > 52 || !NationalIdChecks.date(centuries[s] + num(d, 1, 3), num(d, 3, 5), num(d, 5, 7))) {
            return Verdict.INVALID;
        }
        int c = weighted(d, 2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9) % 11;
        return verdict((c == 10 ? 1 : c) == d.charAt(12) - '0');
    }

    /** SI EMŠO (and the other former Yugoslav JMBG): DDMMYYYRRBBBK, weights 7..2 twice, 11 - sum mod 11. */
    public static Verdict siEmso(String d) {
        if (!NationalIdChecks.digits(d, 13)) {
            return Verdict.NO_OPINION;
        }
        int yyy = num(d, 4, 7);
        if (!NationalIdChecks.date(yyy >= 800 ? 1000 + yyy : 2000 + yyy, num(d, 2, 4), num(d, 0, 2))) {
            return Verdict.INVALID;
        }
        int m = 11 - weighted(d, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2) % 11;
        return verdict(m != 10 && (m == 11 ? 0 : m) == d.charAt(12) - '0');
    }

    /** HR OIB: 11 digits, ISO 7064 MOD 11,10 (the same number is the Croatian VAT number). */
    public static Verdict hrOib(String d) {
        return NationalIdChecks.digits(d, 11) ? VatChecks.hr(d) : Verdict.NO_OPINION;
    }

    /** GR AMKA: DDMMYY and 5 digits, Luhn. */
    public static Verdict grAmka(String d) {
        if (!NationalIdChecks.digits(d, 11)) {
            return Verdict.NO_OPINION;
        }
        if (!NationalIdChecks.date(1900 + num(d, 4, 6), num(d, 2, 4), num(d, 0, 2))) {
            return Verdict.INVALID;
        }
        return verdict(VatChecks.luhnSum(d) == 0);
    }

    /**
     * DE Personalausweis / Reisepass number: 9 characters of the document alphabet (no vowels, no B D Q S);
     * with a tenth check digit (as in the machine-readable zone) it is verified, without it there is no opinion.
     */
    public static Verdict deIdCard(String s) {
        if (!s.matches("[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\\d?")) {
            return Verdict.NO_OPINION;
        }
        if (s.length() == 9) {
            return s.chars().anyMatch(Character::isDigit) ? Verdict.NO_OPINION : Verdict.INVALID;
        }
        return verdict(MrzCheck.digit(s.substring(0, 9)) == s.charAt(9) - '0');
    }

    /**
     * UK (DVLA) driving licence: 5 surname characters (padded with 9), decade digit, month (+50 for women) and day,
     * year digit, 2 initials (padded with 9), a digit and 2 check letters, optionally an issue number. The
     * check letters' algorithm is not public, so the date is what is checked.
     */
    public static Verdict ukDrivingLicence(String s) {
        if (!s.matches("[A-Z9]{5}\\d{6}[A-Z9]{2}\\d[A-Z]{2}(\\d{2})?") || s.startsWith("9")) {
            return Verdict.NO_OPINION;
        }
        int month = num(s, 6, 8) % 50;
        return verdict(NationalIdChecks.date(1900 + (s.charAt(5) - '0') * 10 + (s.charAt(10) - '0'), month, num(s, 8, 10)));
    }

    private static int num(String d, int from, int to) {
        return Integer.parseInt(d.substring(from, to));
    }

    private static int weighted(String d, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (d.charAt(i) - '0');
        }
        return sum;
    }

    private static Verdict verdict(boolean valid) {
        return valid ? Verdict.VALID : Verdict.INVALID;
    }
}
