package io.veil.recognize.checksum;

import io.veil.model.Verdict;

/**
 * ICAO 9303 machine-readable zone check digits (weights 7-3-1, letters A=10..Z=35, filler {@code <}=0) for the
 * passport zone (TD3, two lines of 44) and the ID-card zone (TD1, three lines of 30). {@code VALID} only when
 * the document number, birth date, expiry date and composite check digits all hold.
 *
 * <p>Thread-safe (stateless).
 * <pre>{@code
 * MrzCheck.digit("L898902C3");                    // 6
 * MrzCheck.td3(line1, line2);                     // VALID for the ICAO specimen
 * }</pre>
 */
public final class MrzCheck {
    private static final int[] WEIGHTS = {7, 3, 1};

    private MrzCheck() {
    }

    /** The 7-3-1 check digit of {@code field}, or -1 if it holds a character outside {@code 0-9A-Z<}. */
    public static int digit(CharSequence field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 10;
            } else if (c == '<') {
                v = 0;
            } else {
                return -1;
            }
            sum += v * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    /** The passport zone: line 2 holds number, birth, expiry, personal number and composite check digits. */
    public static Verdict td3(String line1, String line2) {
        if (line1.length() != 44 || line2.length() != 44 || !line1.matches("P[A-Z<][A-Z<]{3}[A-Z<]+")
                || !line2.matches("[0-9A-Z<]{44}")) {
            return Verdict.NO_OPINION;
        }
        boolean ok = checks(line2, 0, 9) && checks(line2, 13, 6) && checks(line2, 21, 6)
                && (line2.charAt(42) == '<' && line2.substring(28, 42).matches("<+") || checks(line2, 28, 14))
                && check(line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43), line2.charAt(43));
        return ok ? Verdict.VALID : Verdict.INVALID;
    }

    /** The ID-card zone: number on line 1, birth and expiry on line 2, composite over both. */
    public static Verdict td1(String line1, String line2, String line3) {
        if (line1.length() != 30 || line2.length() != 30 || line3.length() != 30
                || !line1.matches("[ACI][A-Z<][A-Z<]{3}[0-9A-Z<]{25}") || !line2.matches("\\d{7}[MFX<]\\d{7}[A-Z<]{3}[0-9A-Z<]{12}")
                || !line3.matches("[A-Z<]{30}")) {
            return Verdict.NO_OPINION;
        }
        boolean ok = checks(line1, 5, 9) && checks(line2, 0, 6) && checks(line2, 8, 6)
                && check(line1.substring(5, 30) + line2.substring(0, 7) + line2.substring(8, 15) + line2.substring(18, 29),
                line2.charAt(29));
        return ok ? Verdict.VALID : Verdict.INVALID;
    }

    private static boolean checks(String line, int from, int length) {
        return check(line.substring(from, from + length), line.charAt(from + length));
    }

    private static boolean check(String field, char expected) {
        int d = digit(field);
        return d >= 0 && (expected == '<' ? d == 0 : expected - '0' == d);
    }
}
