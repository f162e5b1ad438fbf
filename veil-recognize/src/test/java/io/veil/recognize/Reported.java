package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Finding;
import io.veil.spi.Recognizer;
import java.util.List;

/** Test helper: what a recognizer reports after the default resolver, as values of one category. */
final class Reported {
    private Reported() {
    }

    static List<Finding> findings(Recognizer r, String text) {
        return Recognizers.defaultResolver().resolve(r.find(text, 1));
    }

    static List<String> values(Recognizer r, String text, Category category) {
        return findings(r, text).stream().filter(f -> f.category() == category).map(Finding::value).toList();
    }
}
