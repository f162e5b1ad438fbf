package io.veil.names.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import io.veil.recognize.names.PersonModel;
import io.veil.spi.EngineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Persons tagged by Stanford CoreNLP's CRF classifiers, nothing else of CoreNLP (no parser, no POS tagger): the
 * page's language is picked by {@link PageLanguage}, then that language's CRF runs over the page. English text
 * without capitals goes to the caseless English model ("my partner roberto yamamura"). Each model is read from
 * {@code <models>/ner/} on first use (0.6–1.6 s, 95–185 MB of heap each); a language without a model here
 * (Dutch, Italian, …) gets no tags and is left to the rules and gazetteers.
 *
 * <p>Thread-safe: classifiers are shared read-only; loading is once per language.
 * <pre>{@code
 * try (PersonModel m = CoreNlpPersonModel.open(Path.of(home, ".cache/veil/models/ner"))) {
 *     m.persons("Angela Merkel traf Emmanuel Macron.");   // two spans, language "de"
 * }
 * }</pre>
 */
public final class CoreNlpPersonModel implements PersonModel {
    /** The CRF file per language; {@code en-caseless} is English without capitals. */
    static final Map<String, String> FILES = Map.of(
            "en", "english.all.3class.distsim.crf.ser.gz",
            "en-caseless", "english.all.3class.caseless.distsim.crf.ser.gz",
            "de", "german.distsim.crf.ser.gz",
            "fr", "french-wikiner-4class.crf.ser.gz",
            "es", "spanish.ancora.distsim.s512.crf.ser.gz");
    static final String VERSION = "corenlp-4.5.10-crf";
    /**
     * Tokens whose marginal probability of being (part of) a person reaches this are tagged, not only those the
     * best label sequence calls a person: on noisy OCR the model is often unsure of a true name. The span's
     * probability lets the recognizer weigh the doubt.
     */
    static final double MIN_PROBABILITY = 0.15;

    private final Path dir;
    private final PageLanguage languages;
    private final Map<String, CRFClassifier<CoreLabel>> loaded = new ConcurrentHashMap<>();

    private CoreNlpPersonModel(Path dir, PageLanguage languages) {
        this.dir = dir;
        this.languages = languages;
    }

    /** Opens the models in {@code nerDir} (every file of {@link #FILES} and the language detector must be there). */
    public static CoreNlpPersonModel open(Path nerDir) {
        for (String f : FILES.values()) {
            if (!Files.isRegularFile(nerDir.resolve(f))) {
                throw new EngineException("name model missing: " + nerDir.resolve(f) + " (run scripts/fetch-models.sh)");
            }
        }
        Quiet.apply();
        return new CoreNlpPersonModel(nerDir, PageLanguage.load(nerDir.resolve(PageLanguage.MODEL_FILE)));
    }

    @Override
    public String version() {
        return VERSION + " (" + String.join(", ", FILES.keySet().stream().sorted().toList()) + ") + opennlp langdetect-183";
    }

    @Override
    public List<Span> persons(String text) {
        String language = languages.of(text);
        if (language.equals("en") && caseless(text)) {
            language = "en-caseless";
        }
        if (!FILES.containsKey(language)) {
            return List.of();
        }
        CRFClassifier<CoreLabel> crf = classifier(language);
        String tag = language.startsWith("en") ? "en" : language;
        List<String> labels = crf.classIndex.objectsList();
        List<Span> out = new ArrayList<>();
        for (List<CoreLabel> sentence : crf.makeObjectBankFromString(text, crf.plainTextReaderAndWriter())) {
            if (sentence.isEmpty()) {
                continue;
            }
            CRFCliqueTree<String> tree = crf.getCliqueTree(sentence);
            int start = -1, end = -1;
            double best = 0;
            for (int i = 0; i <= sentence.size(); i++) {
                double p = 0, other = 0;
                if (i < sentence.size()) {
                    for (int l = 0; l < labels.size(); l++) {
                        if (isPerson(labels.get(l))) {
                            p += tree.prob(i, l);
                        } else if (l != tree.backgroundIndex()) {
                            other = Math.max(other, tree.prob(i, l));
                        }
                    }
                }
                // A token the model thinks more likely a place or an organisation is not part of a person.
                if (i < sentence.size() && p >= MIN_PROBABILITY && p >= other) {
                    CoreLabel token = sentence.get(i);
                    start = start < 0 ? token.beginPosition() : start;
                    end = token.endPosition();
                    best = Math.max(best, p);
                } else if (start >= 0) {
                    if (end > start) {
                        out.add(new Span(start, end, tag, Math.min(1, best)));
                    }
                    start = -1;
                    best = 0;
                }
            }
        }
        return out;
    }

    /** English, German and Spanish say PERSON; the French model B-PER / I-PER. */
    static boolean isPerson(String label) {
        return label.equals("PERSON") || label.endsWith("-PER") || label.equals("PER") || label.equals("PERS");
    }

    /** Letters but (almost) no capitals: chat logs, lower-cased exports. */
    static boolean caseless(String text) {
        int letters = 0, upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= 8 && upper * 100 <= letters;
    }

    private CRFClassifier<CoreLabel> classifier(String language) {
        return loaded.computeIfAbsent(language, l -> {
            Path file = dir.resolve(FILES.get(l));
            try {
                return CRFClassifier.getClassifier(file.toFile());
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                throw new EngineException("cannot read name model " + file + ": " + e.getMessage(), e);
            }
        });
    }
}
