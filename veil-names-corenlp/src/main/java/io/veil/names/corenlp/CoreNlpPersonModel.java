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
    /** Tokens of context kept either side of a capitalised word when the rest of a sentence is skipped. */
    static final int CONTEXT = 2;
    /** Chars of a page tokenised and tagged at once. */
    static final int SLICE = 20_000;

    private final Path dir;
    private final PageLanguage languages;
    private final Map<String, Tagger> loaded = new ConcurrentHashMap<>();

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
        Tagger tagger = tagger(language);
        boolean cased = !language.equals("en-caseless");
        String tag = language.startsWith("en") ? "en" : language;
        List<Span> out = new ArrayList<>();
        // The tokens of a slice at a time, not of the whole page: a 100 MB log costs the memory of one slice.
        for (int from = 0, to; from < text.length(); from = to) {
            to = sliceEnd(text, from);
            String slice = text.substring(from, to);
            for (List<CoreLabel> sentence : tagger.crf.makeObjectBankFromString(slice, tagger.crf.plainTextReaderAndWriter())) {
                if (!cased) {
                    tagger.tag(sentence, tag, from, out);
                    continue;
                }
                int[] segment = new int[2];
                for (int at = 0; nextSegment(sentence, at, segment); at = segment[1]) {
                    tagger.tag(sentence.subList(segment[0], segment[1]), tag, from, out);
                }
            }
        }
        return out;
    }

    /**
     * Where the slice of the page starting at {@code from} ends: at most {@link #SLICE} chars on, at the last line
     * break of its second half (a name does not run over one), else at its last space, else anywhere.
     */
    static int sliceEnd(String text, int from) {
        int to = Math.min(text.length(), from + SLICE);
        if (to == text.length()) {
            return to;
        }
        int half = from + SLICE / 2;
        int nl = text.lastIndexOf('\n', to - 1);
        if (nl >= half) {
            return nl + 1;
        }
        int sp = text.lastIndexOf(' ', to - 1);
        return sp >= half ? sp + 1 : to;
    }

    /**
     * The next stretch of the sentence at or after {@code from} that the cased models need to see: every token
     * with a capital, with {@link #CONTEXT} tokens either side (the reach of the CRF's word features), merged
     * where they touch. A cased model practically never tags a word without a capital as a person except
     * between two that have one ("Charles de Gaulle"), which the context covers; skipping the rest is what
     * makes the model cheap on logs and tables. False when no capital is left.
     */
    static boolean nextSegment(List<CoreLabel> sentence, int from, int[] segment) {
        int first = from;
        while (first < sentence.size() && !capitalised(sentence.get(first).word())) {
            first++;
        }
        if (first == sentence.size()) {
            return false;
        }
        int last = first;
        for (int i = first + 1; i < sentence.size() && i <= last + 2 * CONTEXT + 1; i++) {
            if (capitalised(sentence.get(i).word())) {
                last = i;
            }
        }
        segment[0] = Math.max(from, first - CONTEXT);
        segment[1] = Math.min(sentence.size(), last + CONTEXT + 1);
        return true;
    }

    /**
     * A word that makes the cased model look at it: a capital first, not a sentence opener, and not all in capitals
     * ("INFO", "DEBUG" on every line of a log; an all-caps name such as "JOHN SMITH" is the rules' to find).
     */
    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !allCaps(word)
                && !OPENERS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean allCaps(String word) {
        return word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * Capitalised words that open sentences and are never names: they do not make the model look at their
     * neighbours (a name next to one is still seen, as context of the name's own capital).
     */
    static final java.util.Set<String> OPENERS = java.util.Set.of("the", "a", "an", "i", "it", "this", "that", "these",
            "those", "we", "you", "he", "she", "they", "my", "your", "our", "his", "her", "their", "is", "are", "was",
            "if", "in", "on", "at", "to", "for", "and", "but", "or", "so", "please", "thanks", "hi", "hello", "dear",
            "what", "when", "where", "why", "how", "who", "can", "could", "would", "will", "do", "does", "did", "there",
            "der", "die", "das", "ein", "eine", "und", "ich", "sie", "wir", "er", "es", "ist", "im", "am", "zum", "zur",
            "le", "la", "les", "un", "une", "et", "je", "il", "elle", "nous", "vous", "ils", "en", "au", "aux", "dans",
            "el", "los", "las", "y", "yo", "ella", "del", "con", "por", "para");

    /** One language's classifier with the indices of its person labels and of the other entity labels. */
    private record Tagger(CRFClassifier<CoreLabel> crf, int[] person, int[] other) {
        static Tagger of(CRFClassifier<CoreLabel> crf) {
            List<String> labels = crf.classIndex.objectsList();
            int background = crf.classIndex.indexOf(crf.flags.backgroundSymbol);
            List<Integer> person = new ArrayList<>(), other = new ArrayList<>();
            for (int l = 0; l < labels.size(); l++) {
                if (isPerson(labels.get(l))) {
                    person.add(l);
                } else if (l != background) {
                    other.add(l);
                }
            }
            return new Tagger(crf, person.stream().mapToInt(Integer::intValue).toArray(),
                    other.stream().mapToInt(Integer::intValue).toArray());
        }

        /** Adds the person spans of {@code tokens}: runs of tokens whose person marginal leads. */
        void tag(List<CoreLabel> tokens, String tag, int offset, List<Span> out) {
            if (tokens.isEmpty()) {
                return;
            }
            CRFCliqueTree<String> tree = crf.getCliqueTree(new ArrayList<>(tokens));
            int start = -1, end = -1;
            double best = 0;
            for (int i = 0; i <= tokens.size(); i++) {
                double p = 0, o = 0;
                if (i < tokens.size()) {
                    for (int l : person) {
                        p += tree.prob(i, l);
                    }
                    for (int l : other) {
                        o = Math.max(o, tree.prob(i, l));
                    }
                }
                // A token the model thinks more likely a place or an organisation is not part of a person.
                if (i < tokens.size() && p >= MIN_PROBABILITY && p >= o) {
                    CoreLabel token = tokens.get(i);
                    start = start < 0 ? token.beginPosition() : start;
                    end = token.endPosition();
                    best = Math.max(best, p);
                } else if (start >= 0) {
                    if (end > start) {
                        out.add(new Span(offset + start, offset + end, tag, Math.min(1, best)));
                    }
                    start = -1;
                    best = 0;
                }
            }
        }
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

    private Tagger tagger(String language) {
        return loaded.computeIfAbsent(language, l -> {
            Path file = dir.resolve(FILES.get(l));
            try {
                return Tagger.of(CRFClassifier.getClassifier(file.toFile()));
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                throw new EngineException("cannot read name model " + file + ": " + e.getMessage(), e);
            }
        });
    }
}
