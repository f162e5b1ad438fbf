package io.veil.recognize.checksum;

import io.veil.model.Verdict;

/**
 * Check-digit rules of EU VAT identification numbers, one pure function per country, each taking the part after
 * the country prefix with separators removed (upper-case). They answer {@code VALID}, {@code INVALID} (right
 * shape, wrong check) or {@code NO_OPINION} (not this country's shape). Rules follow the national definitions as
 * collected by python-stdnum. Thread-safe (stateless).
 *
 * <pre>{@code
 * VatChecks.de("136695976");    // VALID
 * VatChecks.at("U13585627");    // VALID
 * }</pre>
 */
public final class VatChecks {
    private VatChecks() {
    }

    /** AT UID: U + 8 digits; (6 - Luhn checksum of digits 1-7) mod 10. */
    public static Verdict at(String s) {
        if (!s.matches("U\\d{8}")) {
            return Verdict.NO_OPINION;
        }
        int check = Math.floorMod(6 - luhnSum(s.substring(1, 8)), 10);
        return verdict(check == s.charAt(8) - '0');
    }

    /** BE: 10 digits starting 0 or 1 (9-digit old form gets a leading 0); 97 - (first 8 mod 97) = last 2. */
    public static Verdict be(String s) {
        String d = s.length() == 9 ? "0" + s : s;
        if (!d.matches("[01]\\d{9}")) {
            return Verdict.NO_OPINION;
        }
        return verdict(97 - Long.parseLong(d.substring(0, 8)) % 97 == Integer.parseInt(d.substring(8)));
    }

    /** DE USt-IdNr: 9 digits, ISO 7064 MOD 11,10. */
    public static Verdict de(String s) {
        if (!s.matches("[1-9]\\d{8}")) {
            return Verdict.NO_OPINION;
        }
        return verdict(mod1110(s));
    }

    /** DK CVR/SE: 8 digits, weights 2,7,6,5,4,3,2,1, sum divisible by 11. */
    public static Verdict dk(String s) {
        return s.matches("[1-9]\\d{7}") ? verdict(weighted(s, 2, 7, 6, 5, 4, 3, 2, 1) % 11 == 0) : Verdict.NO_OPINION;
    }

    /** EE KMKR: 9 digits starting 10, weights 3,7,1 repeating, sum divisible by 10. */
    public static Verdict ee(String s) {
        return s.matches("10\\d{7}") ? verdict(weighted(s, 3, 7, 1, 3, 7, 1, 3, 7, 1) % 10 == 0) : Verdict.NO_OPINION;
    }

    /** EL (Greece) AFM: 9 digits, sum of digit × 2^(8-i) mod 11 mod 10 is the last digit. */
    public static Verdict el(String s) {
        if (!s.matches("\\d{9}")) {
            return Verdict.NO_OPINION;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (s.charAt(i) - '0') << (8 - i);
        }
        return verdict(sum % 11 % 10 == s.charAt(8) - '0');
    }

    /** FI ALV: 8 digits, weights 7,9,10,5,8,4,2,1, sum divisible by 11. */
    public static Verdict fi(String s) {
        return s.matches("\\d{8}") ? verdict(weighted(s, 7, 9, 10, 5, 8, 4, 2, 1) % 11 == 0) : Verdict.NO_OPINION;
    }

    /** FR TVA: numeric key + SIREN; key = (12 + 3 × (SIREN mod 97)) mod 97. Alphanumeric keys: no opinion. */
    public static Verdict fr(String s) {
        if (!s.matches("\\d{11}")) {
            return Verdict.NO_OPINION;
        }
        long siren = Long.parseLong(s.substring(2));
        return verdict(Integer.parseInt(s.substring(0, 2)) == (12 + 3 * (siren % 97)) % 97);
    }

    /** HR OIB: 11 digits, ISO 7064 MOD 11,10. */
    public static Verdict hr(String s) {
        return s.matches("\\d{11}") ? verdict(mod1110(s)) : Verdict.NO_OPINION;
    }

    /** HU ANUM: 8 digits, weights 9,7,3,1 repeating, sum divisible by 10. */
    public static Verdict hu(String s) {
        return s.matches("\\d{8}") ? verdict(weighted(s, 9, 7, 3, 1, 9, 7, 3, 1) % 10 == 0) : Verdict.NO_OPINION;
    }

    /** IT partita IVA: 11 digits, Luhn, a real province office code. */
    public static Verdict it(String s) {
        if (!s.matches("\\d{11}") || s.startsWith("0000000")) {
            return Verdict.NO_OPINION;
        }
        int office = Integer.parseInt(s.substring(7, 10));
        boolean officeOk = (office >= 1 && office <= 100) || office == 120 || office == 121 || office == 888 || office == 999;
        return verdict(officeOk && luhnSum(s) == 0);
    }

    /** LU: 8 digits, first 6 mod 89 = last 2. */
    public static Verdict lu(String s) {
        return s.matches("\\d{8}") ? verdict(Integer.parseInt(s.substring(0, 6)) % 89 == Integer.parseInt(s.substring(6)))
                : Verdict.NO_OPINION;
    }

    /** NL btw-id: 9 digits B 2 digits; the old form's digits pass the BSN test, the sole traders' form (2020) mod 97. */
    public static Verdict nl(String s) {
        if (!s.matches("\\d{9}B\\d{2}")) {
            return Verdict.NO_OPINION;
        }
        return verdict(NationalIdChecks.nlBsn(s.substring(0, 9)) == Verdict.VALID || mod97("NL" + s) == 1);
    }

    /** PL NIP: 10 digits, weights 6,5,7,2,3,4,5,6,7 mod 11 is the last digit. */
    public static Verdict pl(String s) {
        return s.matches("\\d{10}") ? verdict(weighted(s.substring(0, 9), 6, 5, 7, 2, 3, 4, 5, 6, 7) % 11 == s.charAt(9) - '0')
                : Verdict.NO_OPINION;
    }

    /** PT NIF: 9 digits, first not 0; 11 - weighted(9..2) mod 11, 10 and 11 become 0. */
    public static Verdict pt(String s) {
        if (!s.matches("[1-9]\\d{8}")) {
            return Verdict.NO_OPINION;
        }
        int check = 11 - weighted(s.substring(0, 8), 9, 8, 7, 6, 5, 4, 3, 2) % 11;
        return verdict((check >= 10 ? 0 : check) == s.charAt(8) - '0');
    }

    /** SE momsnr: 12 digits ending 01, the first 10 Luhn-valid (an organisation or personal number). */
    public static Verdict se(String s) {
        return s.matches("\\d{10}01") ? verdict(luhnSum(s.substring(0, 10)) == 0) : Verdict.NO_OPINION;
    }

    /** SI ID za DDV: 8 digits, first not 0; 11 - weighted(8..2) mod 11, 10 becomes 0, 11 is invalid. */
    public static Verdict si(String s) {
        if (!s.matches("[1-9]\\d{7}")) {
            return Verdict.NO_OPINION;
        }
        int check = 11 - weighted(s.substring(0, 7), 8, 7, 6, 5, 4, 3, 2) % 11;
        return verdict(check != 11 && (check == 10 ? 0 : check) == s.charAt(7) - '0');
    }

    /** SK IČ DPH: 10 digits, first not 0, third in 2,3,4,7,8,9, divisible by 11. */
    public static Verdict sk(String s) {
        return s.matches("[1-9]\\d[234789]\\d{7}") ? verdict(Long.parseLong(s) % 11 == 0) : Verdict.NO_OPINION;
    }

    private static boolean mod1110(String s) {
        int product = 10;
        for (int i = 0; i < s.length() - 1; i++) {
            int sum = (s.charAt(i) - '0' + product) % 10;
            product = (2 * (sum == 0 ? 10 : sum)) % 11;
        }
        return (11 - product) % 10 == s.charAt(s.length() - 1) - '0';
    }

    /** Luhn sum mod 10 of all digits (0 when the last digit is a valid Luhn check digit). */
    static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return sum % 10;
    }

    private static int weighted(String s, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (s.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    private static int mod97(String alnum) {
        int r = 0;
        for (char c : alnum.toCharArray()) {
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            r = v >= 10 ? (r * 100 + v) % 97 : (r * 10 + v) % 97;
        }
        return r;
    }

    private static Verdict verdict(boolean valid) {
        return valid ? Verdict.VALID : Verdict.INVALID;
    }
}
