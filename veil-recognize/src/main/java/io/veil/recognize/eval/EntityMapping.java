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
 *   <li>US_SSN → NATIONAL_ID, and so do the national ids of {@link #RECOGNIZER_CASES_ONLY} (DE_TAX_ID,
 *       ES_NIE, ES_NIF, FI_PERSONAL_IDENTITY_CODE, IT_FISCAL_CODE, PL_PESEL, SE_PERSONNUMMER, UK_NHS, UK_NINO,
 *       US_ITIN); a case of one type counts any NATIONAL_ID finding, whatever its {@code national_id_type}.</li>
 *   <li>MAC_ADDRESS → DEVICE_ID (with IMEIs).</li>
 *   <li>PERSON → FULL_NAME.</li>
 *   <li>STREET_ADDRESS and ZIP_CODE (synth_dataset_v2) and ADDRESS (generated_large) → PHYSICAL_ADDRESS, in one
 *       row: postal addresses, including their unit, postcode and city parts when the set labels them inside one
 *       address, and a postcode after its label ("my zip code is 35649", which synth_dataset_v2 labels ZIP_CODE and
 *       generated_large ADDRESS). Not claimed: GPE and LOCATION (a city or country alone is not an address).</li>
 *   <li>Not claimed: DATE_TIME (Veil reports a date only as a date of birth, in a birth context; Presidio's
 *       cases are any date or time), and the other national ids (DE_ID_CARD, passports, DE_SOCIAL_SECURITY,
 *       non-European ids), licences and plates of the sets.</li>
 * </ul>
 * Immutable and thread-safe.
 * <pre>{@code
 * EntityMapping.categoryOf("IBAN_CODE");   // Optional[BANK_ACCOUNT]
 * }</pre>
 */
public final class EntityMapping {
    /** Claimed Presidio entity types, in report order. */
    public static final Map<String, Category> CLAIMED;
    /**
     * National ids scored only on presidio_recognizer_tests (the synthetic sentences hold none; there every
     * NATIONAL_ID finding would count against each of these rows).
     */
    public static final java.util.List<String> RECOGNIZER_CASES_ONLY = java.util.List.of("DE_TAX_ID", "ES_NIE",
            "ES_NIF", "FI_PERSONAL_IDENTITY_CODE", "IT_FISCAL_CODE", "PL_PESEL", "SE_PERSONNUMMER", "UK_NHS",
            "UK_NINO", "US_ITIN");

    static {
        Map<String, Category> m = new LinkedHashMap<>();
        m.put("EMAIL_ADDRESS", Category.EMAIL_ADDRESS);
        m.put("PHONE_NUMBER", Category.PHONE_NUMBER);
        m.put("CREDIT_CARD", Category.CREDIT_CARD);
        m.put("IBAN_CODE", Category.BANK_ACCOUNT);
        m.put("US_SSN", Category.NATIONAL_ID);
        for (String id : RECOGNIZER_CASES_ONLY) {
            m.put(id, Category.NATIONAL_ID);
        }
        m.put("IP_ADDRESS", Category.IP_ADDRESS);
        m.put("MAC_ADDRESS", Category.DEVICE_ID);
        m.put("PERSON", Category.FULL_NAME);
        m.put("STREET_ADDRESS", Category.PHYSICAL_ADDRESS);
        m.put("ADDRESS", Category.PHYSICAL_ADDRESS);
        m.put("ZIP_CODE", Category.PHYSICAL_ADDRESS);
        CLAIMED = java.util.Collections.unmodifiableMap(m);
    }

    private EntityMapping() {
    }

    /** The row an entity type is scored in: the two sets name street addresses differently. */
    public static String canonical(String presidioEntity) {
        return presidioEntity.equals("ADDRESS") || presidioEntity.equals("ZIP_CODE") ? "STREET_ADDRESS" : presidioEntity;
    }

    /** Claimed entity types that have their own score row. */
    public static java.util.List<String> rows() {
        return CLAIMED.keySet().stream().filter(e -> canonical(e).equals(e)).toList();
    }

    public static Optional<Category> categoryOf(String presidioEntity) {
        return Optional.ofNullable(CLAIMED.get(presidioEntity));
    }
}
