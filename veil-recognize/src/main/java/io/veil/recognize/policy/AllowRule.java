package io.veil.recognize.policy;

import io.veil.model.Category;
import io.veil.model.Finding;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A value the user declares not personal data (the company's switchboard number, a support mailbox, a test
 * IBAN): a finding whose whole value equals {@code literal} (ignoring case and surrounding space) or fully
 * matches {@code regex}, optionally only in one category, is kept out of the report and not redacted.
 * Exactly one of literal and regex is set. Immutable.
 *
 * <pre>{@code
 * AllowRule r = AllowRule.literal("support@example.com", null);
 * boolean kept = r.allows(finding);
 * }</pre>
 */
public record AllowRule(String literal, Pattern regex, Category category) {

    public AllowRule {
        if ((literal == null) == (regex == null)) {
            throw new IllegalArgumentException("an allow rule has exactly one of value and regex");
        }
        if (literal != null) {
            literal = literal.strip();
            if (literal.isEmpty()) {
                throw new IllegalArgumentException("an allowed value must not be blank");
            }
        }
    }

    public static AllowRule literal(String value, Category category) {
        return new AllowRule(value, null, category);
    }

    public static AllowRule regex(Pattern regex, Category category) {
        return new AllowRule(null, regex, category);
    }

    public Optional<Category> onlyIn() {
        return Optional.ofNullable(category);
    }

    public boolean allows(Finding f) {
        if (f.value() == null || (category != null && category != f.category())) {
            return false;
        }
        String v = f.value().strip();
        return literal != null ? v.toLowerCase(Locale.ROOT).equals(literal.toLowerCase(Locale.ROOT)) : regex.matcher(v).matches();
    }
}
