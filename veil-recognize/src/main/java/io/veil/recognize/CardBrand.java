package io.veil.recognize;

import java.util.Locale;
import java.util.Optional;

/**
 * Payment card brands by issuer identification number (IIN) range and length, reported as {@code card_type}.
 * The order of the constants is the order of matching: narrower ranges first (Discover's 622126–622925 before
 * UnionPay's 62, JCB's 3528–3589 before Diners' 3x).
 *
 * <pre>{@code
 * CardBrand.of("378282246310005");   // Optional[AMEX]
 * CardBrand.AMEX.id();               // "amex"
 * }</pre>
 */
public enum CardBrand {
    AMEX(15, 15, "34", "37"),
    /** 3528–3589 is assigned; the rest of 35 is JCB's too in practice and in test generators. */
    JCB(16, 19, "35"),
    /** JCB's older 15-digit numbers. */
    JCB_15(15, 15, "2131", "1800"),
    DINERS(14, 19, "300", "301", "302", "303", "304", "305", "3095", "36", "38", "39"),
    DISCOVER(16, 19, concat(new String[] {"6011", "644", "645", "646", "647", "648", "649", "65"}, range(622126, 622925))),
    UNIONPAY(16, 19, "62", "81"),
    MASTERCARD(16, 16, concat(range(51, 55), range(2221, 2720))),
    VISA(13, 19, "4"),
    MAESTRO(12, 19, concat(new String[] {"50", "6759", "6761", "6762", "6763"}, range(56, 69))),
    /** Universal Air Travel Plan cards: 15 digits starting with 1. */
    UATP(15, 15, "1");

    private final int minLength;
    private final int maxLength;
    private final String[] prefixes;

    CardBrand(int minLength, int maxLength, String... prefixes) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.prefixes = prefixes;
    }

    /** The name used in reports ({@code "mastercard"}). */
    public String id() {
        return this == JCB_15 ? "jcb" : name().toLowerCase(Locale.ROOT);
    }

    /** The brand whose IIN range and length fit {@code digits}, if any. */
    public static Optional<CardBrand> of(String digits) {
        for (CardBrand b : values()) {
            if (digits.length() >= b.minLength && digits.length() <= b.maxLength) {
                for (String p : b.prefixes) {
                    if (digits.startsWith(p)) {
                        return Optional.of(b);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String[] range(int from, int to) {
        String[] r = new String[to - from + 1];
        for (int i = from; i <= to; i++) {
            r[i - from] = Integer.toString(i);
        }
        return r;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
