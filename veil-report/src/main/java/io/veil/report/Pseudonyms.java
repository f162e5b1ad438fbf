package io.veil.report;

import io.veil.model.Category;
import io.veil.model.Finding;
import io.veil.model.RedactionKind;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses each instance's {@code pseudonymization_option}: a consistent tag per category and value within one
 * report ({@code PERSON_1}, {@code EMAIL_2}; the same person gets the same tag wherever they occur), or a
 * format-preserving mask where the recommended redaction keeps part of the value ({@code **** **** **** 9010},
 * {@code XX/XX/1982}) or the seed keeps the shape ({@code XXX-XX-XXXX} for national ids). Faces get none. With
 * {@code masked} every option is a tag, so no character of a value reaches a masked report.
 *
 * <p>Not thread-safe: it numbers values as it sees them. Use one instance per report.
 *
 * <pre>{@code
 * Pseudonyms p = new Pseudonyms(false);
 * p.optionFor(nameFinding);   // Optional[PERSON_1]
 * }</pre>
 */
public final class Pseudonyms {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-./()]+");

    private final boolean masked;
    private final Map<Category, Map<String, Integer>> tags = new EnumMap<>(Category.class);

    public Pseudonyms(boolean masked) {
        this.masked = masked;
    }

    /** The option for {@code f}, or empty for faces (nothing textual to substitute). */
    public Optional<String> optionFor(Finding f) {
        if (f.category() == Category.FACE_BIOMETRIC || f.redaction() == RedactionKind.BLUR_FACE) {
            return Optional.empty();
        }
        if (!masked) {
            if (f.redaction() == RedactionKind.PARTIAL_LAST_4) {
                return Optional.of(keepLast(f.value(), 4));
            }
            if (f.redaction() == RedactionKind.YEAR_ONLY) {
                Optional<String> year = keepYear(f.value());
                if (year.isPresent()) {
                    return year;
                }
            }
            if (f.category() == Category.NATIONAL_ID) {
                return Optional.of(f.value().replaceAll("[\\p{L}\\p{N}]", "X"));
            }
        }
        return Optional.of(tag(f));
    }

    private String tag(Finding f) {
        Map<String, Integer> seen = tags.computeIfAbsent(f.category(), c -> new HashMap<>());
        int n = seen.computeIfAbsent(normalise(f.value()), v -> seen.size() + 1);
        return prefix(f.category()) + "_" + n;
    }

    /** Case, spaces and separators do not make a different person or number. */
    static String normalise(String value) {
        return SEPARATORS.matcher(value.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    }

    static String prefix(Category c) {
        return switch (c) {
            case FULL_NAME -> "PERSON";
            case EMAIL_ADDRESS -> "EMAIL";
            case PHONE_NUMBER -> "PHONE";
            case PHYSICAL_ADDRESS -> "ADDRESS";
            case DATE_OF_BIRTH -> "DATE_OF_BIRTH";
            case NATIONAL_ID -> "NATIONAL_ID";
            case CREDIT_CARD -> "CARD";
            case BANK_ACCOUNT -> "BANK_ACCOUNT";
            case IP_ADDRESS -> "IP_ADDRESS";
            case DEVICE_ID -> "DEVICE_ID";
            case FACE_BIOMETRIC -> "FACE";
            case HEALTH_INFORMATION -> "HEALTH";
        };
    }

    /** Every letter or digit but the last {@code keep} becomes {@code *}; separators stay. */
    static String keepLast(String value, int keep) {
        int alnum = (int) value.codePoints().filter(Character::isLetterOrDigit).count();
        StringBuilder out = new StringBuilder();
        int seen = 0;
        for (int cp : value.codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp)) {
                seen++;
                out.appendCodePoint(seen > alnum - keep ? cp : '*');
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Every digit but a four-digit year becomes {@code X}; empty when no year is found. */
    static Optional<String> keepYear(String value) {
        Matcher m = YEAR.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        String before = value.substring(0, m.start()).replaceAll("[\\p{L}\\p{N}]", "X");
        String after = value.substring(m.end()).replaceAll("[\\p{L}\\p{N}]", "X");
        return Optional.of(before + m.group() + after);
    }
}
