package io.veil.recognize;

import io.veil.model.Explanation;
import io.veil.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Raises or lowers a candidate's score by the words just before it (and a couple just after): "IBAN", "card
 * number" and "DOB" make a value more likely, "order", "invoice no", "tracking" and "version" less. Only the
 * cue nearest to the value counts, so a sentence full of keywords cannot push a score to 1 and a label two fields
 * away does not describe this value; the applied cue becomes an {@link Explanation#context(String, double)} step.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * ContextScorer ctx = ContextScorer.builder().raise(0.3, "iban", "bank account").lower(0.4, "order").build();
 * Explanation e = ctx.apply(text, span, Explanation.of("iban", 0.5));
 * boolean labelled = ctx.strongestRaise(text, span).isPresent();
 * }</pre>
 */
public final class ContextScorer {
    /** How many words before a value are read; labels sit close to their value. */
    public static final int WORDS_BEFORE = 6;
    /** How many words after a value are read ("4111 1111 1111 1111 (Visa card)"). */
    public static final int WORDS_AFTER = 2;
    private static final int CHARS_BEFORE = 80;
    private static final int CHARS_AFTER = 30;

    /** One context phrase (normalised: lower case, words separated by single spaces) and its score change. */
    public record Cue(String phrase, double delta) {
        public Cue {
            if (phrase.isBlank() || delta == 0 || Math.abs(delta) > 1) {
                throw new IllegalArgumentException("a cue needs a phrase and a delta in [-1,1] other than 0");
            }
            phrase = normalise(phrase);
        }
    }

    private final List<Cue> cues;
    private final int wordsBefore;
    private final int wordsAfter;

    private ContextScorer(List<Cue> cues, int wordsBefore, int wordsAfter) {
        this.cues = List.copyOf(cues);
        this.wordsBefore = wordsBefore;
        this.wordsAfter = wordsAfter;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Cue> cues() {
        return cues;
    }

    /**
     * {@code e} with one step for the cue nearest to {@code span} (a label describes the value next to it, not
     * one two fields away); at equal distance the larger change wins.
     */
    public Explanation apply(String text, TextSpan span, Explanation e) {
        Optional<Cue> nearest = nearest(text, span);
        return nearest.map(c -> e.context(c.phrase(), c.delta())).orElse(e);
    }

    public Optional<Cue> strongestRaise(String text, TextSpan span) {
        return matching(text, span).stream().filter(c -> c.delta() > 0).max((a, b) -> Double.compare(a.delta(), b.delta()));
    }

    public Optional<Cue> strongestLower(String text, TextSpan span) {
        return matching(text, span).stream().filter(c -> c.delta() < 0).min((a, b) -> Double.compare(a.delta(), b.delta()));
    }

    /** Every cue whose phrase occurs, as whole words, in the window around {@code span}. */
    public List<Cue> matching(String text, TextSpan span) {
        return hits(text, span).stream().map(Hit::cue).toList();
    }

    /** The cue closest to the value, if any. */
    public Optional<Cue> nearest(String text, TextSpan span) {
        return hits(text, span).stream()
                .min((a, b) -> a.distance() != b.distance() ? Integer.compare(a.distance(), b.distance())
                        : Double.compare(Math.abs(b.cue().delta()), Math.abs(a.cue().delta())))
                .map(Hit::cue);
    }

    private record Hit(Cue cue, int distance) {
    }

    private List<Hit> hits(String text, TextSpan span) {
        String[] before = words(normalise(text.substring(Math.max(0, span.start() - CHARS_BEFORE), span.start())));
        String[] after = words(normalise(text.substring(span.end(), Math.min(text.length(), span.end() + CHARS_AFTER))));
        before = java.util.Arrays.copyOfRange(before, Math.max(0, before.length - wordsBefore), before.length);
        after = java.util.Arrays.copyOfRange(after, 0, Math.min(wordsAfter, after.length));
        List<Hit> found = new ArrayList<>();
        for (Cue c : cues) {
            String[] p = c.phrase().split(" ");
            int best = Integer.MAX_VALUE;
            for (int i = 0; i + p.length <= before.length; i++) {
                if (java.util.Arrays.equals(before, i, i + p.length, p, 0, p.length)) {
                    best = Math.min(best, before.length - (i + p.length));
                }
            }
            for (int i = 0; i + p.length <= after.length; i++) {
                if (java.util.Arrays.equals(after, i, i + p.length, p, 0, p.length)) {
                    best = Math.min(best, i);
                }
            }
            if (best != Integer.MAX_VALUE) {
                found.add(new Hit(c, best));
            }
        }
        return found;
    }

    private static String[] words(String normalised) {
        return normalised.isEmpty() ? new String[0] : normalised.split(" ");
    }

    /** Lower case, every run of characters other than letters and digits turned into one space. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** Collects cues; not thread-safe, the built scorer is. */
    public static final class Builder {
        private final List<Cue> cues = new ArrayList<>();
        private int wordsBefore = WORDS_BEFORE;
        private int wordsAfter = WORDS_AFTER;

        /** Reads {@code before} words before and {@code after} words after a value instead of the defaults. */
        public Builder window(int before, int after) {
            if (before < 0 || after < 0) {
                throw new IllegalArgumentException("window sizes cannot be negative");
            }
            this.wordsBefore = before;
            this.wordsAfter = after;
            return this;
        }

        public Builder raise(double delta, String... phrases) {
            for (String p : phrases) {
                cues.add(new Cue(p, Math.abs(delta)));
            }
            return this;
        }

        public Builder lower(double delta, String... phrases) {
            for (String p : phrases) {
                cues.add(new Cue(p, -Math.abs(delta)));
            }
            return this;
        }

        /** The words that make any number less likely to be personal data (document and product references). */
        public Builder lowerReferenceWords(double delta) {
            return lower(delta, "order", "order no", "order number", "invoice", "invoice no", "invoice number",
                    "tracking", "tracking number", "version", "ver", "build", "ref", "reference", "sku", "item",
                    "part no", "serial no", "ticket", "bestellnummer", "rechnungsnummer", "commande", "facture",
                    "pedido", "factura", "ordine", "fattura", "bestelling", "factuur");
        }

        public ContextScorer build() {
            return new ContextScorer(cues, wordsBefore, wordsAfter);
        }
    }
}
