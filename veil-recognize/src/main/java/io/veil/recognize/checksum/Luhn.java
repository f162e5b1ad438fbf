package io.veil.recognize.checksum;

import io.veil.model.Verdict;

/**
 * The Luhn (mod-10) check used by payment cards and IMEIs. A pure function.
 *
 * <p>Thread-safe (stateless).
 * <pre>{@code
 * Luhn.verify("4111111111111111");   // VALID
 * Luhn.verify("4111111111111112");   // INVALID
 * Luhn.verify("4111-1111");          // NO_OPINION: not only digits
 * }</pre>
 */
public final class Luhn {
    private Luhn() {
    }

    /** {@code VALID} or {@code INVALID} for a string of 2+ ASCII digits; {@code NO_OPINION} for anything else. */
    public static Verdict verify(CharSequence digits) {
        int n = digits.length();
        if (n < 2) {
            return Verdict.NO_OPINION;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = n - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return Verdict.NO_OPINION;
            }
            int d = c - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0 ? Verdict.VALID : Verdict.INVALID;
    }
}
