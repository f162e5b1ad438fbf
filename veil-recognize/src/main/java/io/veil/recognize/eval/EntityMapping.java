package io.veil.recognize.eval;

import io.veil.model.Category;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that says which Presidio entity types Veil claims, and as which {@link Category}.
 *
 * <ul>
 *   <li>EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, IP_ADDRESS: the same category.</li>
 *   <li>IBAN_CODE → BANK_ACCOUNT (Veil's bank account also holds BICs, found only with context).</li>
 *   <li>US_SSN → NATIONAL_ID (Veil's only US national id so far).</li>
 *   <li>MAC_ADDRESS → DEVICE_ID (with IMEIs).</li>
 *   <li>PERSON → FULL_NAME.</li>
 *   <li>Not claimed: DATE_TIME (Veil reports a date only as a date of birth, in a birth context; Presidio's
 *       cases are any date or time), and all other national ids, licences, addresses and plates of the sets.</li>
 * </ul>
 * Immutable and thread-safe.
 * <pre>{@code
 * EntityMapping.categoryOf("IBAN_CODE");   // Optional[BANK_ACCOUNT]
 * }</pre>
 */
public final class EntityMapping {
    /** Claimed Presidio entity types, in report order. */
    public static final Map<String, Category> CLAIMED;

    static {
        Map<String, Category> m = new LinkedHashMap<>();
        m.put("EMAIL_ADDRESS", Category.EMAIL_ADDRESS);
        m.put("PHONE_NUMBER", Category.PHONE_NUMBER);
        m.put("CREDIT_CARD", Category.CREDIT_CARD);
        m.put("IBAN_CODE", Category.BANK_ACCOUNT);
        m.put("US_SSN", Category.NATIONAL_ID);
        m.put("IP_ADDRESS", Category.IP_ADDRESS);
        m.put("MAC_ADDRESS", Category.DEVICE_ID);
        m.put("PERSON", Category.FULL_NAME);
        CLAIMED = java.util.Collections.unmodifiableMap(m);
    }

    private EntityMapping() {
    }

    public static Optional<Category> categoryOf(String presidioEntity) {
        return Optional.ofNullable(CLAIMED.get(presidioEntity));
    }
}
