package io.veil.recognize.checksum;

import io.veil.model.Verdict;
import java.util.Locale;

/**
 * Check-character rules of national numbers that hold letters. Each function takes the value upper-cased without
 * separators (except the Finnish century sign, which is part of the value) and answers {@code VALID},
 * {@code INVALID} (right shape, wrong check character, impossible date or unallocated prefix) or
 * {@code NO_OPINION} (not this shape).
 *
 * <p>Thread-safe (stateless).
 * <pre>{@code
 * LetterIdChecks.fiHetu("131052-308T");              // VALID
 * LetterIdChecks.esDniNie("12345678Z");              // VALID
 * LetterIdChecks.itCodiceFiscale("RSSMRA85T10A562S"); // VALID
 * }</pre>
 */
public final class LetterIdChecks {
    private static final String HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
        22, 25, 24, 23};
    /** Letters that replace digits in a codice fiscale when two people would share one (omocodia). */
    private static final String CF_OMOCODIA = "LMNPQRSTUV";

    private LetterIdChecks() {
    }

    /** FI henkilötunnus DDMMYYCZZZQ: century sign, a real date, check character of DDMMYYZZZ mod 31. */
    public static Verdict fiHetu(String s) {
        String v = s.toUpperCase(Locale.ROOT);
        if (!v.matches("\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]")) {
            return Verdict.NO_OPINION;
        }
        char sign = v.charAt(6);
        int century = sign == '+' ? 1800 : "-YXWVU".indexOf(sign) >= 0 ? 1900 : 2000;
        if (!NationalIdChecks.date(century + Integer.parseInt(v.substring(4, 6)), Integer.parseInt(v.substring(2, 4)),
                Integer.parseInt(v.substring(0, 2)))) {
            return Verdict.INVALID;
        }
        long n = Long.parseLong(v.substring(0, 6) + v.substring(7, 10));
        return verdict(HETU_CHECK.charAt((int) (n % 31)) == v.charAt(10));
    }

    /** ES DNI (7-8 digits + letter) or NIE (X/Y/Z + 7 digits + letter): the letter is the number mod 23. */
    public static Verdict esDniNie(String s) {
        String v = s.toUpperCase(Locale.ROOT);
        if (!v.matches("(?:\\d{7,8}|[XYZ]\\d{7})[A-Z]")) {
            return Verdict.NO_OPINION;
        }
        String number = v.substring(0, v.length() - 1);
        char first = number.charAt(0);
        if (first >= 'X') {
            number = (first - 'X') + number.substring(1);
        }
        return verdict(DNI_LETTERS.charAt((int) (Long.parseLong(number) % 23)) == v.charAt(v.length() - 1));
    }

    /** IT codice fiscale: 16 characters, the last from the odd/even position tables mod 26; omocodia letters allowed. */
    public static Verdict itCodiceFiscale(String s) {
        String v = s.toUpperCase(Locale.ROOT);
        String d = "[0-9LMNP-V]";
        if (!v.matches("[A-Z]{6}" + d + "{2}[A-EHLMPR-T]" + d + "{2}[A-Z]" + d + "{3}[A-Z]")) {
            return Verdict.NO_OPINION;
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = v.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? CF_ODD[value] : value;
        }
        int day = Integer.parseInt(undoOmocodia(v.substring(9, 11)));
        if (day < 1 || day > 71 || day > 31 && day < 41) {
            return Verdict.INVALID;
        }
        return verdict((char) ('A' + sum % 26) == v.charAt(15));
    }

    /** IE PPS number: seven digits, check letter (weights 8..2, second letter times 9, mod 23), optional letter. */
    public static Verdict iePpsn(String s) {
        String v = s.toUpperCase(Locale.ROOT);
        if (!v.matches("\\d{7}[A-W][ABHW]?")) {
            return Verdict.NO_OPINION;
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (8 - i) * (v.charAt(i) - '0');
        }
        if (v.length() == 9 && v.charAt(8) != 'W') {
            sum += 9 * (v.charAt(8) - 'A' + 1);
        }
        return verdict("WABCDEFGHIJKLMNOPQRSTUV".charAt(sum % 23) == v.charAt(7));
    }

    /** UK National Insurance number: prefix rules (no D, F, I, Q, U, V; no O second; BG, GB, NK, KN, TN, NT, ZZ). */
    public static Verdict ukNino(String s) {
        String v = s.toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z]{2}\\d{6}[A-D]")) {
            return Verdict.NO_OPINION;
        }
        String prefix = v.substring(0, 2);
        boolean ok = "DFIQUV".indexOf(prefix.charAt(0)) < 0 && "DFIQUVO".indexOf(prefix.charAt(1)) < 0
                && !java.util.Set.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ").contains(prefix)
                && !v.startsWith("000000", 2);
        return verdict(ok);
    }

    private static String undoOmocodia(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int i = CF_OMOCODIA.indexOf(c);
            b.append(i >= 0 ? (char) ('0' + i) : c);
        }
        return b.toString();
    }

    private static Verdict verdict(boolean valid) {
        return valid ? Verdict.VALID : Verdict.INVALID;
    }
}
