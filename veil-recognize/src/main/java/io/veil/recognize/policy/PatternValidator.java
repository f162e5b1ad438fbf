package io.veil.recognize.policy;

import io.veil.model.Verdict;
import io.veil.recognize.checksum.IbanMod97;
import io.veil.recognize.checksum.Luhn;
import java.util.Locale;

/**
 * The check a custom pattern's match must pass before it is reported, named in the policy file by
 * {@link #id()}. Matches failing their validator are dropped; {@link #NONE} reports every match. Stateless.
 *
 * <pre>{@code
 * PatternValidator.of("luhn").check("4111 1111 1111 1111");   // VALID
 * }</pre>
 */
public enum PatternValidator {
    /** No check: the pattern and its context decide alone. */
    NONE,
    /** Luhn mod-10 over the digits (cards, IMEIs, many customer numbers). */
    LUHN,
    /** ISO 7064 mod 97-10 as for IBANs, over letters and digits. */
    MOD97;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Verdict check(String value) {
        return switch (this) {
            case NONE -> Verdict.NO_OPINION;
            case LUHN -> Luhn.verify(value.replaceAll("[^0-9]", ""));
            case MOD97 -> IbanMod97.verify(value.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT));
        };
    }

    /** @throws IllegalArgumentException naming the accepted ids when {@code id} is unknown */
    public static PatternValidator of(String id) {
        for (PatternValidator v : values()) {
            if (v.id().equals(id.toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown validator '" + id + "': use none, luhn or mod97");
    }
}
