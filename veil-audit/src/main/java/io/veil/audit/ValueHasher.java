package io.veil.audit;

import io.veil.model.Category;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keyed HMAC-SHA256 of normalised detected values, for the audit trail: the same person's e-mail or phone gives
 * the same hex string however it was written, so a Subject Access Request can find every file that held it,
 * while the trail itself holds no value. Normalisation by category: e-mail and IP addresses lower-cased; phone
 * and card numbers digits only; IBANs, national ids and device ids letters and digits only, upper-cased; anything
 * else Unicode-NFKC, whitespace collapsed, lower-cased.
 *
 * <p>Immutable and thread-safe (a new {@link Mac} per call; Mac instances are not thread-safe).
 *
 * <pre>{@code
 * ValueHasher h = new ValueHasher(HmacKey.loadOrCreate(keyFile));
 * String a = h.hmacHex(Category.EMAIL_ADDRESS, "Jane.Doe@Example.com");
 * a.equals(h.hmacHex(Category.EMAIL_ADDRESS, "jane.doe@example.com"));   // true
 * }</pre>
 */
public final class ValueHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");

    private final SecretKeySpec key;

    public ValueHasher(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("an HMAC key needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** The normalised form that is hashed; equal for the spellings of one value. */
    public static String normalise(Category category, String value) {
        String v = WHITESPACE.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC).strip()).replaceAll(" ");
        return switch (category) {
            case EMAIL_ADDRESS, IP_ADDRESS -> v.replace(" ", "").toLowerCase(Locale.ROOT);
            case PHONE_NUMBER, CREDIT_CARD -> digitsOrSelf(v);
            case BANK_ACCOUNT, NATIONAL_ID, DEVICE_ID -> NOT_ALNUM.matcher(v).replaceAll("").toUpperCase(Locale.ROOT);
            default -> v.toLowerCase(Locale.ROOT);
        };
    }

    /** Hex HMAC-SHA256 of the normalised value. */
    public String hmacHex(Category category, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalise(category, value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
        }
    }

    private static String digitsOrSelf(String v) {
        // Separators go, so "+44 20 7946 0958" and "+44 (20) 7946-0958" match; national and international forms
        // of one number ("020…" and "+4420…") still differ, because matching them needs the region.
        String digits = NOT_DIGIT.matcher(v).replaceAll("");
        return digits.isEmpty() ? v.toLowerCase(Locale.ROOT) : digits;
    }
}
