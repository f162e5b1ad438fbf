package io.veil.recognize.checksum;

import io.veil.model.Verdict;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Check-digit rules of all-digit national numbers, one pure function per country. Each takes the digits without
 * separators and answers {@code VALID} (shape, date and check digit right), {@code INVALID} (right shape, wrong
 * check digit or impossible date) or {@code NO_OPINION} (not this shape at all).
 *
 * <p>Thread-safe (stateless).
 * <pre>{@code
 * NationalIdChecks.deSteuerId("12345678903");   // VALID
 * NationalIdChecks.nlBsn("111222333");          // VALID
 * NationalIdChecks.plPesel("44051401459");      // INVALID
 * }</pre>
 */
public final class NationalIdChecks {
    private NationalIdChecks() {
    }

    /** DE Steueridentifikationsnummer: ISO 7064 MOD 11,10; one digit repeated two or three times in the first ten. */
    public static Verdict deSteuerId(String d) {
        if (!digits(d, 11)) {
            return Verdict.NO_OPINION;
        }
        if (d.charAt(0) == '0') {
            return Verdict.INVALID;
        }
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[d.charAt(i) - '0']++;
        }
        int repeated = 0;
        for (int c : counts) {
            if (c > 3) {
                return Verdict.INVALID;
            }
            if (c > 1) {
                repeated++;
            }
        }
        if (repeated != 1) {
            return Verdict.INVALID;
        }
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (d.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        int check = 11 - product;
        if (check == 10) {
            check = 0;
        }
        return verdict(check == d.charAt(10) - '0');
    }

    /** NL burgerservicenummer: the 11-test, weights 9..2 and -1. */
    public static Verdict nlBsn(String d) {
        if (!digits(d, 9)) {
            return Verdict.NO_OPINION;
        }
        int sum = -(d.charAt(8) - '0');
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (d.charAt(i) - '0');
        }
        return verdict(sum % 11 == 0 && Long.parseLong(d) != 0);
    }

    /** BE rijksregisternummer: 97 - (first nine mod 97), with a leading 2 for births from 2000; bis months allowed. */
    public static Verdict beNationalNumber(String d) {
        if (!digits(d, 11)) {
            return Verdict.NO_OPINION;
        }
        int month = Integer.parseInt(d.substring(2, 4)) % 20;
        int day = Integer.parseInt(d.substring(4, 6));
        if (month > 12 || day > 31 || Integer.parseInt(d.substring(6, 9)) == 0) {
            return Verdict.INVALID;
        }
        long first = Long.parseLong(d.substring(0, 9));
        int check = Integer.parseInt(d.substring(9));
        return verdict(97 - first % 97 == check || 97 - (2_000_000_000L + first) % 97 == check);
    }

    /** PL PESEL: weights 1-3-7-9, the century coded in the month (+80 1800s, +20 2000s, +40, +60). */
    public static Verdict plPesel(String d) {
        if (!digits(d, 11)) {
            return Verdict.NO_OPINION;
        }
        int yy = Integer.parseInt(d.substring(0, 2));
        int mm = Integer.parseInt(d.substring(2, 4));
        int[] centuries = {1900, 2000, 2100, 2200, 1800};
        if (mm < 1 || mm > 92 || mm % 20 == 0 || mm % 20 > 12
                || !date(centuries[mm / 20] + yy, mm % 20, Integer.parseInt(d.substring(4, 6)))) {
            return Verdict.INVALID;
        }
        int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += w[i] * (d.charAt(i) - '0');
        }
        return verdict((10 - sum % 10) % 10 == d.charAt(10) - '0');
    }

    /** SE personnummer (10 or 12 digits): Luhn on the last ten, a real date (day + 60 for samordningsnummer). */
    public static Verdict sePersonnummer(String d) {
        if (!digits(d, 10) && !digits(d, 12)) {
            return Verdict.NO_OPINION;
        }
        String ten = d.substring(d.length() - 10);
        int year = d.length() == 12 ? Integer.parseInt(d.substring(0, 4)) : 2000 + Integer.parseInt(ten.substring(0, 2));
        if (d.length() == 12 && (year < 1800 || year > 2099)) {
            return Verdict.INVALID;
        }
        int day = Integer.parseInt(ten.substring(4, 6));
        if (!date(year, Integer.parseInt(ten.substring(2, 4)), day > 60 ? day - 60 : day)) {
            return Verdict.INVALID;
        }
        return Luhn.verify(ten);
    }

    /**
     * DK CPR: a real date, then modulus 11 (weights 4,3,2,7,6,5,4,3,2,1). Numbers issued since 2007 need not pass
     * it, so a failing number with a real date is {@code NO_OPINION}, never {@code INVALID}; either way a CPR number
     * is reported only next to its label.
     */
    public static Verdict dkCpr(String d) {
        if (!digits(d, 10)) {
            return Verdict.NO_OPINION;
        }
        if (!date(2000 + Integer.parseInt(d.substring(4, 6)), Integer.parseInt(d.substring(2, 4)),
                Integer.parseInt(d.substring(0, 2)))) {
            return Verdict.INVALID;
        }
        int[] w = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += w[i] * (d.charAt(i) - '0');
        }
        return sum % 11 == 0 ? Verdict.VALID : Verdict.NO_OPINION;
    }

    /**
     * PT número de identificação fiscal of a person: weights 9..2 mod 11, 10 and 11 give 0; first digit 1-3 or 45
     * (non-residents). Company and public-body numbers (5, 6, 8, 9) are {@code INVALID} here: not a person's id.
     */
    public static Verdict ptNif(String d) {
        if (!digits(d, 9)) {
            return Verdict.NO_OPINION;
        }
        if ("123".indexOf(d.charAt(0)) < 0 && !d.startsWith("45")) {
            return Verdict.INVALID;
        }
        int check = 11 - weighted(d, 8, 9) % 11;
        return verdict((check >= 10 ? 0 : check) == d.charAt(8) - '0');
    }

    /** AT Sozialversicherungsnummer: NNNC DDMMYY, weights 3,7,9,0,5,8,4,2,1,6 mod 11 at position four. */
    public static Verdict atSvnr(String d) {
        if (!digits(d, 10)) {
            return Verdict.NO_OPINION;
        }
        int day = Integer.parseInt(d.substring(4, 6));
        int month = Integer.parseInt(d.substring(6, 8));
        if (d.charAt(0) == '0' || day < 1 || day > 31 || month < 1 || month > 14) {
            return Verdict.INVALID;
        }
        int[] w = {3, 7, 9, 0, 5, 8, 4, 2, 1, 6};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += w[i] * (d.charAt(i) - '0');
        }
        int check = sum % 11;
        return verdict(check != 10 && check == d.charAt(3) - '0');
    }

    /** UK NHS number: weights 10..2, check 11 - sum mod 11 (11 gives 0, 10 never issued). */
    public static Verdict ukNhs(String d) {
        if (!digits(d, 10)) {
            return Verdict.NO_OPINION;
        }
        if (d.chars().distinct().count() == 1) {
            return Verdict.INVALID;
        }
        int check = 11 - weighted(d, 9, 10) % 11;
        return verdict(check != 10 && (check == 11 ? 0 : check) == d.charAt(9) - '0');
    }

    /** US ITIN: 9xx, group 50-65, 70-88, 90-92 or 94-99; no check digit. */
    public static Verdict usItin(String d) {
        if (!digits(d, 9)) {
            return Verdict.NO_OPINION;
        }
        int group = Integer.parseInt(d.substring(3, 5));
        boolean ok = d.charAt(0) == '9' && (group >= 50 && group <= 65 || group >= 70 && group <= 88
                || group >= 90 && group <= 92 || group >= 94);
        return verdict(ok && !d.endsWith("0000"));
    }

    /** FR NIR (13 digits + key, Corsica 2A/2B as 19/18): key = 97 - number mod 97; sex 1, 2, 7 or 8. */
    public static Verdict frNir(String s) {
        if (s.length() != 15 || !s.matches("[1278]\\d{4}(?:\\d{2}|2[AB])\\d{8}")) {
            return Verdict.NO_OPINION;
        }
        int month = Integer.parseInt(s.substring(3, 5));
        if (month == 0 || month > 12 && month < 20 || month > 42 && month < 50) {
            return Verdict.INVALID;
        }
        String n = s.substring(0, 13).replace("2A", "19").replace("2B", "18");
        return verdict(97 - Long.parseLong(n) % 97 == Integer.parseInt(s.substring(13)));
    }

    static boolean date(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int weighted(String d, int count, int firstWeight) {
        int sum = 0;
        for (int i = 0; i < count; i++) {
            sum += (firstWeight - i) * (d.charAt(i) - '0');
        }
        return sum;
    }

    static boolean digits(String d, int length) {
        if (d.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (d.charAt(i) < '0' || d.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Verdict verdict(boolean valid) {
        return valid ? Verdict.VALID : Verdict.INVALID;
    }
}
