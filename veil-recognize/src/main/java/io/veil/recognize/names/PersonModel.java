package io.veil.recognize.names;

import java.util.List;

/**
 * A statistical tagger of person names (an NER model), one of the pieces of evidence the name recognizer
 * weighs: it finds names the gazetteers do not know and names in lower case, and it confirms candidates the
 * rules alone would score too low. Implementations live in their own modules (CoreNLP's is GPL-3.0:
 * {@code veil-names-corenlp}) and are found through {@link PersonModelProvider}. Thread-safe.
 *
 * <pre>{@code
 * try (PersonModel model = provider.open(modelsDir).orElseThrow()) {
 *     for (PersonModel.Span s : model.persons("Signed: Maria Rossi")) {
 *         System.out.println(s.start() + "-" + s.end() + " " + s.probability());   // 8-19 0.99
 *     }
 * }
 * }</pre>
 */
public interface PersonModel extends AutoCloseable {
    /**
     * A tagged person: UTF-16 offsets into the text, end exclusive, the language whose model tagged it, and the
     * model's probability that it is a person (the highest of its tokens).
     */
    record Span(int start, int end, String language, double probability) {
        public Span {
            if (start < 0 || end <= start || language == null || language.isBlank() || !(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("bad person span " + start + "-" + end);
            }
        }
    }

    /** Names the model files and their versions, for reports and the audit trail. */
    String version();

    /** Every person the model tags in {@code text}, in order, not overlapping. */
    List<Span> persons(String text);

    @Override
    default void close() {
    }
}
