package io.veil.names.corenlp;

import io.veil.spi.EngineException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a page by OpenNLP's language detector (103 languages, ISO 639-3), reduced to the codes Veil
 * has name models or lists for. Thread-safe (a detector per call over a shared model).
 */
final class PageLanguage {
    static final String MODEL_FILE = "langdetect-183.bin";
    /** Characters looked at: the language of a page shows in its first few thousand. */
    private static final int SAMPLE = 4000;
    private static final int SHORT = 20;
    private static final int SHORT_PAGE = 300;
    private static final Map<String, String> CODES = Map.of("eng", "en", "deu", "de", "fra", "fr", "spa", "es",
            "ita", "it", "nld", "nl", "por", "pt", "pol", "pl");

    private final LanguageDetectorModel model;

    private PageLanguage(LanguageDetectorModel model) {
        this.model = model;
    }

    static PageLanguage load(Path file) {
        try {
            return new PageLanguage(new LanguageDetectorModel(file.toFile()));
        } catch (IOException | RuntimeException e) {
            throw new EngineException("cannot read the language detector " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Two-letter code ({@code en}, {@code de}, …) of the likeliest language Veil has name lists or models for.
     * The detector ranks all 103 of its languages; on short or noisy text the top one is often a neighbour
     * (Scots for English, Swiss German for German), so only Veil's languages compete, and text too short to
     * say anything is English.
     */
    String of(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (sample.strip().length() < SHORT) {
            return "en";
        }
        String best = "en";
        double confidence = -1;
        // A sentence or two says little: English, the language of most short business text, needs only half
        // the confidence of another there ("Meet me at 12 Grote Baan, Kaster" is English with Dutch names).
        double englishPrior = sample.length() < SHORT_PAGE ? 2 : 1;
        for (Language l : new LanguageDetectorME(model).predictLanguages(sample)) {
            String code = CODES.get(l.getLang());
            double c = code != null && code.equals("en") ? l.getConfidence() * englishPrior : l.getConfidence();
            if (code != null && c > confidence) {
                best = code;
                confidence = c;
            }
        }
        return best;
    }
}
